/**
 * The XR half of the app, loaded only on browsers that can enter immersive VR: the one XR store's session
 * wrapper around the scene, and everything that exists only in a session. Usage: `<XRRoot>{scene}</XRRoot>`
 */
import { XR } from '@react-three/xr';
import { useLayoutEffect, type ReactNode } from 'react';
import { warmUpControllerModels } from './controller-warmup';
import { markXRConnected } from './lazy';
import { xrStore } from './store';
import { MRWorld } from './mr/MRWorld';
import { nextSession } from './mr/session-init';
import { XRWorld } from './XRWorld';

/** Wraps the scene in the XR session context. */
export default function XRRoot({ children }: { children: ReactNode }) {
  return (
    <XR store={xrStore}>
      <XRConnected />
      {children}
      <XRWorld />
      <MRWorld />
    </XR>
  );
}

/**
 * Says "connected" once `<XR>` has rendered: it hands the store the renderer's WebXRManager during its own render,
 * so by this child's layout effect a session can start. Unmounting (canvas lost, page torn down) disconnects.
 */
function XRConnected() {
  useLayoutEffect(() => markXRConnected(), []);
  // A browser that never had a session and is no known headset (the spectator TV) loads nothing here.
  useLayoutEffect(() => warmUpControllerModels(), []);
  return null;
}

/** The VR world without a session, for a spectator TV (in this chunk: a second lazy chunk would split the main one). */
export { SpectatorWorld } from './spectator/SpectatorWorld';

/** Starts an immersive VR session (must run inside a user gesture). */
export const enterVR = () => {
  nextSession.mode = 'immersive-vr';
  return xrStore.enterVR();
};
/** Starts a mixed-reality (immersive-ar, passthrough) session (must run inside a user gesture). */
export const enterMR = () => {
  nextSession.mode = 'immersive-ar';
  return xrStore.enterAR();
};
/** Ends the running session, if any. */
export const exitVR = () => xrStore.getState().session?.end();
