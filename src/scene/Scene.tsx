/** The park scene shared by desktop and VR (3D only, no DOM): sky, landscape, ground, buildings, pavilions, labels. Usage: `<Scene />` */
import { lazy, Suspense } from 'react';
import { palette } from '../config';
import { Buildings } from './Buildings';
import { Ground } from './ground/Ground';
import { Ridge } from './landscape/Ridge';
import { Trees } from './landscape/Trees';
import { Lights } from './Lights';
import { Pavilions } from './pavilions/Pavilions';
import { Sky } from './Sky';

// Text (troika) arrives just after the first picture: the park draws first, its names a moment later.
const PavilionLabels = lazy(() => import('./pavilions/PavilionLabels').then((m) => ({ default: m.PavilionLabels })));

/** The park. */
export function Scene() {
  return (
    <>
      <fog attach="fog" args={[palette.fog, 3500, 16000]} />
      <Sky />
      <Lights />
      <Ridge />
      <Ground />
      <Buildings />
      <Trees />
      <Pavilions />
      <Suspense fallback={null}>
        <PavilionLabels />
      </Suspense>
    </>
  );
}
