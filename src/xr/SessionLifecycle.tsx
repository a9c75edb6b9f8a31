/**
 * Session lifecycle: a new session starts at the booth table; when the headset hides the session (taken
 * off, system menu) the exhibit pauses, and resumes when it is visible again; the headset's controller profiles
 * are added to the offline cache. Usage: inside a VR session.
 */
import { useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import type { PerspectiveCamera } from 'three';
import { useEffect } from 'react';
import { precacheForSession } from '../booth/service-worker';
import { useExhibit } from '../state/store';
import { setSessionVisibility } from '../audio/sound';
import { xrConfig } from './config';
import { motion, placeAt, tablePose } from './navigation';
import { useReleaseXRRenderTarget } from './release-render-target';
import { clearAnchors } from './world-anchor';

/** The lifecycle hooks. */
export function SessionLifecycle() {
  const visibility = useXR((s) => s.visibilityState);
  const session = useXR((s) => s.session);
  useReleaseXRRenderTarget();
  useEffect(() => {
    // This headset's own controller models go into the offline cache once it reports them.
    if (session) precacheForSession(session);
  }, [session]);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  useEffect(() => {
    // The desktop camera clips at 2 m (depth precision over a 1 km park); in VR the table is within reach.
    const { near, far } = camera;
    camera.near = xrConfig.near;
    camera.far = xrConfig.far;
    camera.updateProjectionMatrix();
    return () => {
      camera.near = near;
      camera.far = far;
      camera.updateProjectionMatrix();
    };
  }, [camera]);
  useEffect(() => {
    // The system menu ('visible-blurred') pauses as taking the headset off does; only 'hidden' counts as off.
    useExhibit.getState().actions.setXRVisibility(visibility ?? 'visible');
    setSessionVisibility(visibility ?? 'visible');
  }, [visibility]);
  useEffect(() => {
    placeAt(tablePose());
    return () => {
      motion.pending = null;
      motion.fade = 0;
      motion.fadeTarget = 0;
      motion.vignette = 0;
      clearAnchors();
    };
  }, []);
  return null;
}
