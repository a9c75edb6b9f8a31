/**
 * Moves the audio listener with the camera (the visitor's head in VR) every frame, and tracks the pointing
 * controller, without React state or allocation of our own: the surf, birds and spatial sounds follow. Usage: in
 * the canvas, mounted by `AudioFrameMount` once the mixer has loaded.
 */
import { useFrame } from '@react-three/fiber';
import { listenerGround, liveEngine } from './live-engine';

/** Query the controller's pose every this many frames (a sound's source need not be exact to the frame). */
const CONTROLLER_EVERY = 4;
let frameCount = 0;

/** The per-frame listener update. */
export default function AudioFrame() {
  useFrame((state, _delta, frame?: XRFrame) => {
    const e = liveEngine;
    if (!e) return;
    const m = state.camera.matrixWorld.elements;
    // Column 3: position; column 2: back (+Z), so forward is its negation; column 1: up.
    e.setListener(m[12]!, m[13]!, m[14]!, -m[8]!, -m[9]!, -m[10]!, m[4]!, m[5]!, m[6]!);
    listenerGround[0] = m[12]!;
    listenerGround[1] = m[14]!;
    if (!frame || ++frameCount % CONTROLLER_EVERY !== 0) return;
    const ref = state.gl.xr.getReferenceSpace();
    const origin = state.camera.parent;
    if (!ref || !origin) return;
    const sources = frame.session.inputSources;
    // The right controller points (the left one carries the wrist menu); its pose is in reference space, which the
    // XR origin (the camera's parent) places in the world.
    for (let i = 0; i < sources.length; i++) {
      const src = sources[i]!;
      if (src.handedness !== 'right') continue;
      const pose = frame.getPose(src.targetRaySpace, ref);
      if (!pose) return;
      const p = pose.transform.position;
      const o = origin.matrixWorld.elements;
      e.setController(o[0]! * p.x + o[4]! * p.y + o[8]! * p.z + o[12]!, o[1]! * p.x + o[5]! * p.y + o[9]! * p.z + o[13]!, o[2]! * p.x + o[6]! * p.y + o[10]! * p.z + o[14]!);
      return;
    }
  });
  return null;
}
