/** The park scene shared by desktop and VR (3D only, no DOM): sky, landscape, ground, buildings, pavilions, labels. Usage: `<Scene />` */
import { lazy, Suspense, useEffect, useState } from 'react';
import { palette } from '../config';
import { firstPicture, hasFirstPicture } from '../state/first-picture';
import { Ground } from './ground/Ground';
import { Lights } from './Lights';
import { Pavilions } from './pavilions/Pavilions';

// The sky, the world beyond the park, the park's generic buildings and trees come in their own chunk, right after
// the first picture (the first download stays within its budget).
const Landscape = lazy(() => import('./landscape/Landscape'));

/** Whether the first picture has been drawn (then stays true). */
function useAfterFirstPicture(): boolean {
  const [after, setAfter] = useState(hasFirstPicture);
  useEffect(() => {
    let live = true;
    void firstPicture.then(() => live && setAfter(true));
    return () => {
      live = false;
    };
  }, []);
  return after;
}

// Text (troika) arrives just after the first picture: the park draws first, its names a moment later.
const PavilionLabels = lazy(() => import('./pavilions/PavilionLabels').then((m) => ({ default: m.PavilionLabels })));

/** The park. */
export function Scene() {
  // Requested only once the first picture is on screen, so it never competes with it.
  const landscape = useAfterFirstPicture();
  return (
    <>
      <fog attach="fog" args={[palette.fog, 2600, 17000]} />
      {/* Until the sky arrives with the landscape chunk (a moment after the first picture). */}
      <color attach="background" args={[palette.skyHorizon]} />
      <Lights />
      {/* The full-scale park: hidden as a whole in mixed reality at the table, where the room shows through (xr/mr/Passthrough). */}
      <group name="park-world">
        {landscape && (
          <Suspense fallback={null}>
            <Landscape />
          </Suspense>
        )}
        <Ground />
        <Pavilions />
        <Suspense fallback={null}>
          <PavilionLabels />
        </Suspense>
      </group>
    </>
  );
}
