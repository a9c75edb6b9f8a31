/**
 * The XR half of the app, loaded only on browsers that can enter immersive VR: the one XR store's session
 * wrapper around the scene, and everything that exists only in a session. Usage: `<XRRoot>{scene}</XRRoot>`
 */
import { XR } from '@react-three/xr';
import type { ReactNode } from 'react';
import { xrStore } from './store';
import { XRWorld } from './XRWorld';

/** Wraps the scene in the XR session context. */
export default function XRRoot({ children }: { children: ReactNode }) {
  return (
    <XR store={xrStore}>
      {children}
      <XRWorld />
    </XR>
  );
}

/** The VR world without a session, for a spectator TV (in this chunk: a second lazy chunk would split the main one). */
export { SpectatorWorld } from './spectator/SpectatorWorld';

/** Starts an immersive VR session (must run inside a user gesture). */
export const enterVR = () => xrStore.enterVR();
/** Ends the running session, if any. */
export const exitVR = () => xrStore.getState().session?.end();
