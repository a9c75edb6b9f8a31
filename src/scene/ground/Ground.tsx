/** The land, the park outline, plots and roads as one mesh, and the Yellow Sea beyond the coast. Usage: `<Ground />` */
import { MeshStandardMaterial } from 'three';
import { palette } from '../../config';
import { backdropOrder, groundMaterial } from '../materials';
import { groundGeometry } from '../shared-geometry';

// Drawn before the land, which paints over it up to the coast (see groundMaterial).
const seaMaterial = new MeshStandardMaterial({ color: palette.sea, roughness: 0.35, metalness: 0.1, depthWrite: false });

/** The ground. */
export function Ground() {
  return (
    <>
      <mesh dispose={null} geometry={groundGeometry()} material={groundMaterial} renderOrder={backdropOrder.ground} name="ground" userData={{ teleportable: true }} />
      <mesh dispose={null} material={seaMaterial} renderOrder={backdropOrder.sea} rotation-x={-Math.PI / 2} position={[0, -1.5, 0]} name="sea">
        {/* Tessellated: two triangles 60 km wide clip badly against a 10 cm near plane in VR. */}
        <planeGeometry args={[60000, 60000, 48, 48]} />
      </mesh>
    </>
  );
}
