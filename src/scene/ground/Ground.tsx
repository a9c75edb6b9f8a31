/** The land, the park outline, plots and roads as one mesh, and the Yellow Sea beyond the coast. Usage: `<Ground />` */
import { PlaneGeometry } from 'three';
import { painted } from '../geometry-utils';
import { palette } from '../../config';
import { backdropOrder, groundMaterial } from '../materials';
import { groundGeometry } from '../shared-geometry';

// The sea, painted for the ground's material and drawn before the land, which paints over it up to the coast.
// Tessellated: two triangles 60 km wide clip badly against a 10 cm near plane in VR.
const seaGeometry = painted(new PlaneGeometry(60000, 60000, 48, 48).rotateX(-Math.PI / 2).translate(0, -1.5, 0), palette.sea);

/** The ground. */
export function Ground() {
  return (
    <>
      <mesh dispose={null} geometry={groundGeometry()} material={groundMaterial} renderOrder={backdropOrder.ground} name="ground" userData={{ teleportable: true }} />
      <mesh dispose={null} geometry={seaGeometry} material={groundMaterial} renderOrder={backdropOrder.sea} name="sea" />
    </>
  );
}
