/**
 * Where the followed visitor's head is (from the live link, world coordinates), and where the spectator camera is
 * (written each frame by SpectatorCamera). Mutable objects: no allocation or React state per frame.
 */
import { setSpectatorCameraReader } from '../../state/automation';

/** The followed visitor's head (world pose) as last reported. */
export const spectatorTarget = {
  p: new Float64Array(3),
  q: new Float64Array([0, 0, 0, 1]),
  valid: false,
  /** Asks the canvas for a frame (set by the mounted camera; the canvas renders on demand). */
  wake: () => {},
};

/** The camera actually shown: its world pose, and whether it looks through the visitor's eyes or from behind. */
export const spectatorCamera = { p: new Float64Array(3), q: new Float64Array([0, 0, 0, 1]), valid: false, thirdPerson: false };

setSpectatorCameraReader(() => {
  const c = spectatorCamera;
  return c.valid ? { p: [c.p[0]!, c.p[1]!, c.p[2]!], q: [c.q[0]!, c.q[1]!, c.q[2]!, c.q[3]!], thirdPerson: c.thirdPerson } : null;
});
