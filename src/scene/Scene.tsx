/** The park scene shared by desktop and VR (3D only, no DOM): sky, landscape, ground, buildings, pavilions, labels. Usage: `<Scene />` */
import { palette } from '../config';
import { Buildings } from './Buildings';
import { Ground } from './ground/Ground';
import { Ridge } from './landscape/Ridge';
import { Trees } from './landscape/Trees';
import { Lights } from './Lights';
import { PavilionLabels } from './pavilions/PavilionLabels';
import { Pavilions } from './pavilions/Pavilions';
import { Sky } from './Sky';

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
      <PavilionLabels />
    </>
  );
}
