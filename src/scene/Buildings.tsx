/** The park's generic (unnamed) buildings on industry plots, merged into one draw call. Usage: `<Buildings />` */
import { content } from '../content';
import { layoutBuildings } from '../lib/layout';
import { buildParkBuildings } from './building-geometry';
import { surfaceMaterial } from './materials';
import { once } from './shared-geometry';

/** The generic buildings' geometry, built once for the full-scale park and the VR miniature alike. */
export const buildingsGeometry = () => once('buildings', () => buildParkBuildings(layoutBuildings(content.park.plots)));

/** The generic buildings. */
export function Buildings() {
  // Shared geometry and material (dispose={null}): mounting the miniature in every VR session uploads nothing new.
  return <mesh dispose={null} geometry={buildingsGeometry()} material={surfaceMaterial} name="buildings" />;
}
