/** The Laoshan granite ridge behind the park. Usage: `<Ridge />` */
import { surfaceMaterial } from '../materials';
import { ridgeGeometry } from '../shared-geometry';

/** The mountain ridge. */
export function Ridge() {
  return <mesh dispose={null} geometry={ridgeGeometry()} material={surfaceMaterial} name="ridge" />;
}
