/**
 * Moves the audio listener with the camera (the visitor's head in VR) and tracks the pointing controller, every
 * frame, without React state or allocation: the surf, birds and spatial sounds follow. Usage: in the canvas,
 * mounted by `AudioFrameMount` once the mixer has loaded.
 */
import { useFrame } from '@react-three/fiber';
import { listenerGround, liveEngine } from './live-engine';

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
    if (!frame) return;
    const ref = state.gl.xr.getReferenceSpace();
    const sources = frame.session.inputSources;
    if (!ref) return;
    // The right controller points (the left one carries the wrist menu). Its offset from the head in reference
    // space, turned by the XR origin (the camera's parent: it only moves and yaws), placed from the camera.
    for (let i = 0; i < sources.length; i++) {
      const src = sources[i]!;
      if (src.handedness !== 'right') continue;
      const pose = frame.getPose(src.targetRaySpace, ref);
      const view = frame.getViewerPose(ref);
      if (!pose || !view) return;
      const p = pose.transform.position;
      const h = view.transform.position;
      const dx = p.x - h.x;
      const dy = p.y - h.y;
      const dz = p.z - h.z;
      const parent = state.camera.parent;
      if (parent) {
        const o = parent.matrixWorld.elements;
        e.setController(m[12]! + o[0]! * dx + o[4]! * dy + o[8]! * dz, m[13]! + o[1]! * dx + o[5]! * dy + o[9]! * dz, m[14]! + o[2]! * dx + o[6]! * dy + o[10]! * dz);
      } else e.setController(m[12]! + dx, m[13]! + dy, m[14]! + dz);
      return;
    }
  });
  return null;
}
