/**
 * The small paved plaza with a ring of light where a visitor lands in front of a pavilion (two draws, shared
 * materials). It stays at the last landing spot while the visitor is in the park. Usage: `<ViewingPlaza />`
 */
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import type { Group } from 'three';
import { panelShapeMaterial, surfaceMaterial } from '../scene/materials';
import { plazaLights, plazaSolids } from './hall-geometry';
import { plazaSpot } from './navigation';
import { useVRPlace } from './vr-place';

let geometry: { solids: ReturnType<typeof plazaSolids>; lights: ReturnType<typeof plazaLights> } | null = null;
const plaza = () => (geometry ??= { solids: plazaSolids(), lights: plazaLights() });

/** The viewing plaza. */
export function ViewingPlaza() {
  const inPark = useVRPlace() === 'park';
  const group = useRef<Group>(null);
  useFrame(() => {
    const g = group.current;
    if (!g) return;
    g.visible = plazaSpot.active;
    g.position.set(plazaSpot.x, 0, plazaSpot.z);
  });
  if (!inPark) return null;
  const { solids, lights } = plaza();
  return (
    <group ref={group} name="viewing-plaza" visible={false}>
      <mesh dispose={null} geometry={solids} material={surfaceMaterial} />
      <mesh dispose={null} geometry={lights} material={panelShapeMaterial} />
    </group>
  );
}
