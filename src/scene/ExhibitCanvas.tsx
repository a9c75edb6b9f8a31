/**
 * The WebGL canvas: the scene inside the one XR store's session wrapper, the desktop camera rig outside
 * sessions, and on-demand rendering (a frame only when something moves). Usage: `<ExhibitCanvas />`
 */
import { Canvas } from '@react-three/fiber';
import { IfInSessionMode, XR } from '@react-three/xr';
import { cameraConfig } from '../config';
import { CameraRig } from '../controls/CameraRig';
import { t } from '../i18n';
import { useExhibit } from '../state/store';
import { xrStore } from '../xr/store';
import { XRWorld } from '../xr/XRWorld';
import { DataPanels } from './panels/DataPanels';
import { FirstFrame } from './FirstFrame';
import { RenderStats } from './RenderStats';
import { Scene } from './Scene';
import { ScreenProjector } from './ScreenProjector';

/** The 3D view. */
export function ExhibitCanvas() {
  const lang = useExhibit((s) => s.lang);
  return (
    <Canvas
      className="exhibit-canvas"
      frameloop="demand"
      dpr={[1, 2]}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      camera={{ fov: cameraConfig.fov, near: cameraConfig.near, far: cameraConfig.far, position: [...cameraConfig.overview.position] }}
      aria-label={t('scene.label', lang)}
      role="img"
    >
      <XR store={xrStore}>
        <Scene />
        <IfInSessionMode deny={['immersive-vr', 'immersive-ar']}>
          <CameraRig />
          <DataPanels />
        </IfInSessionMode>
        <XRWorld />
      </XR>
      <ScreenProjector />
      <RenderStats />
      <FirstFrame />
    </Canvas>
  );
}
