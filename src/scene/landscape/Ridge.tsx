/** The Laoshan granite ridge behind the park. Usage: `<Ridge />` */
import { useMemo } from 'react';
import { surfaceMaterial } from '../materials';
import { buildRidgeGeometry } from './ridge-geometry';

/** The mountain ridge. */
export function Ridge() {
  const geometry = useMemo(() => buildRidgeGeometry(), []);
  return <mesh geometry={geometry} material={surfaceMaterial} name="ridge" />;
}
