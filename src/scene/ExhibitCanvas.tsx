/**
 * The WebGL canvas: the scene (inside the XR session wrapper once the VR code has loaded, on browsers that
 * can use it), the desktop camera rig and the floating district panels outside sessions, and on-demand
 * rendering (a frame only when something moves). Usage: `<ExhibitCanvas />`
 */
import { Canvas } from '@react-three/fiber';
import { lazy, Suspense } from 'react';
import { useFollowingVR, useLive } from '../booth/live-status';
import { cameraConfig } from '../config';
import { OverviewFraming } from '../controls/OverviewFraming';
import { t } from '../i18n';
import { useExhibit } from '../state/store';
import { useXRModule } from '../xr/lazy';
import { AdaptiveQuality } from './AdaptiveQuality';
import { FirstFrame } from './FirstFrame';
import { RenderStats } from './RenderStats';
import { Scene } from './Scene';
import { ScreenProjector } from './ScreenProjector';
import { useContextLoss } from './use-context-loss';
import { AudioFrameMount } from '../audio/AudioFrameMount';

// Not needed for the first picture (the camera starts at the overview pose): the camera controls and the
// panels' text load right after it, out of the first chunk.
const CameraRig = lazy(() => import('../controls/CameraRig').then((m) => ({ default: m.CameraRig })));
const DataPanels = lazy(() => import('./panels/DataPanels').then((m) => ({ default: m.DataPanels })));

/** The 3D view. */
export function ExhibitCanvas() {
  const lang = useExhibit((s) => s.lang);
  const inXR = useExhibit((s) => s.xr);
  // A spectator TV following a visitor in VR drives its own camera; the desktop rig stands aside as in VR.
  const followingVR = useFollowingVR();
  const Extra = useLive((s) => s.canvasExtra);
  const xr = useXRModule();
  const { lost, generation, attach } = useContextLoss();
  const world = (
    <>
      <Scene />
      {!inXR && !followingVR && (
        <Suspense fallback={<OverviewFraming />}>
          <CameraRig />
          <DataPanels />
        </Suspense>
      )}
    </>
  );
  return (
    <>
    <Canvas
      key={generation}
      onCreated={({ gl, camera }) => {
        attach(gl.domElement);
        // The overview pose until the camera rig (loaded after the first picture) takes over.
        camera.lookAt(...cameraConfig.overview.target);
      }}
      className="exhibit-canvas"
      frameloop="demand"
      dpr={[1, 2]}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      camera={{ fov: cameraConfig.fov, near: cameraConfig.near, far: cameraConfig.far, position: [...cameraConfig.overview.position] }}
      aria-label={t('scene.label', lang)}
      role="img"
    >
      {xr ? <xr.default>{world}</xr.default> : world}
      {Extra && <Extra />}
      <ScreenProjector />
      <RenderStats />
      <FirstFrame />
      <AdaptiveQuality />
      <AudioFrameMount />
    </Canvas>
      {lost && (
        <p className="scene-notice" role="alert">
          {t('error.contextLost', lang)}
        </p>
      )}
    </>
  );
}
