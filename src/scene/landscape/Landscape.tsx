/**
 * The world beyond the park — the Yellow Sea with its swell, the land and district, the Laoshan ranges — and the
 * sky, the park's baked site layer (plazas, lawns, shadows, contact bands), generic buildings and trees in a chunk
 * of its own, loaded just after the first picture (it keeps the first download small). Eight draw calls.
 * Usage: `const Landscape = lazy(() => import('./landscape/Landscape'))`
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import { content } from '../../content';
import { Buildings } from '../Buildings';
import { Sky } from '../Sky';
import { Trees } from './Trees';
import { plotColor } from '../ground/ground-geometry';
import { buildSeaGeometry } from '../ground/sea-geometry';
import { buildSiteGeometry } from '../ground/site-geometry';
import { backdropOrder, groundMaterial, seaMaterial, seaTime, surfaceMaterial } from '../materials';
import { once } from '../shared-geometry';
import { buildDistrictGeometry } from './district-geometry';
import { buildLandGeometry } from './land-geometry';
import { buildRidgeGeometry } from './ridge-geometry';

const sea = () => once('sea', () => buildSeaGeometry());
const land = () => once('land', () => buildLandGeometry(content.park));
const district = () => once('district', () => buildDistrictGeometry(content.park));
const site = () => once('site', () => buildSiteGeometry(content.park, content.pavilions, (p) => plotColor[p.use]));
const ridge = () => once('ridge', () => buildRidgeGeometry());

/**
 * Advances the sea's clock in frames that are drawn anyway (VR, camera flights): it never asks for a frame
 * itself, so the on-demand desktop stays idle. A long pause resumes where it stopped instead of jumping.
 */
function SeaClock() {
  useFrame((_, delta) => {
    seaTime.value += Math.min(delta, 0.1);
  });
  return null;
}

/** The landscape (default export for React.lazy). */
export default function Landscape() {
  const invalidate = useThree((s) => s.invalidate);
  // Arrives after the first frame: draw once more with it.
  useLayoutEffect(() => invalidate(), [invalidate]);
  return (
    <group name="landscape">
      <mesh dispose={null} geometry={sea()} material={seaMaterial} renderOrder={backdropOrder.sea} name="sea" frustumCulled={false} />
      <mesh dispose={null} geometry={land()} material={groundMaterial} renderOrder={backdropOrder.land} name="land" userData={{ teleportable: true }} />
      <mesh dispose={null} geometry={site()} material={groundMaterial} renderOrder={backdropOrder.site} name="site" />
      <mesh dispose={null} geometry={district()} material={surfaceMaterial} name="district" />
      <mesh dispose={null} geometry={ridge()} material={surfaceMaterial} name="ridge" />
      <Sky />
      <Buildings />
      <Trees />
      <SeaClock />
    </group>
  );
}
