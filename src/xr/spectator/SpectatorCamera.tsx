/**
 * The TV's camera while it follows a visitor in VR: at the visitor's head pose, smoothed with a gentle
 * two-stage low-pass (frame-rate independent; a teleport is a cut), or in third person behind and above them. Renders on
 * demand: a frame whenever a pose arrives, and every frame until the camera has settled.
 * Usage: `<SpectatorCamera />` inside the canvas.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { type PerspectiveCamera, Quaternion, Vector3 } from 'three';
import { useLive } from '../../booth/live-status';
import { smoothPoseTwoStage } from '../../lib/smoothing';
import { xrConfig } from '../config';
import { spectatorCamera, spectatorTarget } from './target';
import { spectatorView } from './view';

const eye = { p: new Float64Array(3), q: new Float64Array([0, 0, 0, 1]) };
const mid = { p: new Float64Array(3), q: new Float64Array([0, 0, 0, 1]) };
let eyeValid = false;
const q = new Quaternion();
const forward = new Vector3();
const look = new Vector3();

/** The spectator camera driver. */
export function SpectatorCamera() {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const invalidate = useThree((s) => s.invalidate);
  const thirdPerson = useLive((s) => s.thirdPerson);
  useEffect(() => {
    // Close enough to see the table, far enough for the ridge (as in VR), and a TV-friendly field of view.
    const { near, far, fov } = camera;
    camera.near = xrConfig.near;
    camera.far = xrConfig.far;
    camera.fov = spectatorView.fov;
    camera.updateProjectionMatrix();
    spectatorTarget.wake = () => invalidate();
    invalidate();
    return () => {
      spectatorTarget.wake = () => {};
      spectatorCamera.valid = false;
      eyeValid = false;
      camera.near = near;
      camera.far = far;
      camera.fov = fov;
      camera.updateProjectionMatrix();
    };
  }, [camera, invalidate]);
  useEffect(() => invalidate(), [thirdPerson, invalidate]);
  useFrame((_, delta) => {
    if (!spectatorTarget.valid) return;
    let settled = true;
    if (!eyeValid) {
      eye.p.set(spectatorTarget.p);
      eye.q.set(spectatorTarget.q);
      mid.p.set(spectatorTarget.p);
      mid.q.set(spectatorTarget.q);
      eyeValid = true;
    } else settled = smoothPoseTwoStage(eye, mid, spectatorTarget, Math.min(delta, 0.5), spectatorView.tau, spectatorView.snapDistance);
    q.set(eye.q[0]!, eye.q[1]!, eye.q[2]!, eye.q[3]!);
    if (useLive.getState().thirdPerson) {
      // Behind and above the visitor, on their heading only (their nods would rock the TV), looking past them.
      forward.set(0, 0, -1).applyQuaternion(q).setY(0);
      if (forward.lengthSq() < 1e-6) forward.set(0, 0, -1);
      forward.normalize();
      const back = spectatorView.behind;
      camera.position.set(eye.p[0]! - forward.x * back, eye.p[1]! + spectatorView.above, eye.p[2]! - forward.z * back);
      look.set(eye.p[0]! + forward.x * spectatorView.lookAhead, eye.p[1]! - 0.35, eye.p[2]! + forward.z * spectatorView.lookAhead);
      camera.lookAt(look);
    } else {
      camera.position.set(eye.p[0]!, eye.p[1]!, eye.p[2]!);
      camera.quaternion.copy(q);
    }
    camera.updateMatrixWorld();
    spectatorCamera.p[0] = camera.position.x;
    spectatorCamera.p[1] = camera.position.y;
    spectatorCamera.p[2] = camera.position.z;
    spectatorCamera.q[0] = camera.quaternion.x;
    spectatorCamera.q[1] = camera.quaternion.y;
    spectatorCamera.q[2] = camera.quaternion.z;
    spectatorCamera.q[3] = camera.quaternion.w;
    spectatorCamera.valid = true;
    spectatorCamera.thirdPerson = useLive.getState().thirdPerson;
    if (!settled) invalidate();
  });
  return null;
}

/** The smoothed head pose the camera follows (for the visitor figure in third person). */
export const smoothedEye = (): { p: Float64Array; q: Float64Array } | null => (eyeValid ? eye : null);
