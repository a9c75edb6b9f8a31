/** The park's ground (outline, plots, sites, shadows, roads) as one mesh. Usage: `<Ground />` */
import { backdropOrder, groundMaterial } from '../materials';
import { groundGeometry } from '../shared-geometry';

/** The ground. */
export function Ground() {
  return <mesh dispose={null} geometry={groundGeometry()} material={groundMaterial} renderOrder={backdropOrder.ground} name="ground" userData={{ teleportable: true }} />;
}
