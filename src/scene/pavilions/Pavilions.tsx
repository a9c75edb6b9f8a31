/**
 * The company pavilions, each generated from its content parameters; clicking one (mouse or XR ray)
 * selects it. Usage: `<Pavilions />`
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useMemo } from 'react';
import { content, pavilionPlot } from '../../content';
import type { Pavilion } from '../../content/types';
import { useExhibit } from '../../state/store';
import { surfaceMaterial } from '../materials';
import { buildPavilionGeometry } from './forms';
import { SelectionMarker } from './SelectionMarker';

/** A pointer that moved further than this (pixels) between press and release was a drag, not a click. */
const CLICK_SLOP = 6;

function PavilionMesh({ pavilion }: { pavilion: Pavilion }) {
  const plot = pavilionPlot(pavilion);
  const geometry = useMemo(
    () => buildPavilionGeometry(pavilion.form, { width: pavilion.footprint[0], depth: pavilion.footprint[1], height: pavilion.height, color: pavilion.color }),
    [pavilion],
  );
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (e.delta > CLICK_SLOP) return;
    useExhibit.getState().actions.select(pavilion.id);
  };
  return (
    <mesh
      name={`pavilion:${pavilion.id}`}
      geometry={geometry}
      material={surfaceMaterial}
      position={[plot.center[0], 0, plot.center[1]]}
      rotation-y={(pavilion.yaw * Math.PI) / 180}
      onClick={onClick}
      onPointerOver={(e) => {
        e.stopPropagation();
        if (typeof document !== 'undefined') document.body.style.cursor = 'pointer';
      }}
      onPointerOut={() => {
        if (typeof document !== 'undefined') document.body.style.cursor = '';
      }}
    />
  );
}

/** All pavilions and the marker under the selected one. */
export function Pavilions() {
  const selected = useExhibit((s) => (s.selection.kind === 'pavilion' ? s.selection.id : null));
  return (
    <group name="pavilions">
      {content.pavilions.map((p) => (
        <PavilionMesh key={p.id} pavilion={p} />
      ))}
      <SelectionMarker pavilionId={selected} />
    </group>
  );
}
