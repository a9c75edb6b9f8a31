/** The park scene shared by desktop and VR (3D only, no DOM): sky, landscape, ground, buildings, pavilions, labels. Usage: `<Scene />` */
import { lazy, Suspense } from 'react';
import { palette } from '../config';
import { Ground } from './ground/Ground';
import { Trees } from './landscape/Trees';
import { Lights } from './Lights';
import { PavilionLabels } from './pavilions/PavilionLabels';
import { Pavilions } from './pavilions/Pavilions';
import { Sky } from './Sky';

// The world beyond the park and the park's generic buildings come in their own chunk, right after the first picture.
const Landscape = lazy(() => import('./landscape/Landscape'));

/** The park. */
export function Scene() {
  return (
    <>
      <fog attach="fog" args={[palette.fog, 2600, 17000]} />
      <Sky />
      <Lights />
      <Suspense fallback={null}>
        <Landscape />
      </Suspense>
      <Ground />
      <Trees />
      <Pavilions />
      <PavilionLabels />
    </>
  );
}
