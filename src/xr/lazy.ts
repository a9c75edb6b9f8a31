/**
 * Loads the VR code (WebXR library, controllers, locomotion, tabletop) only where it can be used: on a
 * browser that reports immersive-vr support. Desktop visitors never download it. The module is fetched as
 * soon as support is known, so that "Enter VR" can start the session inside the click itself.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';

type XRModule = typeof import('./XRRoot');

let loading: Promise<XRModule> | null = null;
let loaded: XRModule | null = null;
const listeners = new Set<(m: XRModule) => void>();

/** Loads the VR module (once). */
export function loadXR(): Promise<XRModule> {
  loading ??= import('./XRRoot').then((m) => {
    loaded = m;
    listeners.forEach((l) => l(m));
    return m;
  });
  return loading;
}

// How many `<XR>` roots are mounted and connected to a renderer: @react-three/xr's store refuses `enterVR()` /
// `enterAR()` ("not connected to three.js") until `<XR>` has rendered inside the canvas, which happens some frames
// after the module itself has loaded. Enter buttons wait for this, not for the module.
let connected = 0;
const connectionListeners = new Set<() => void>();
const notifyConnection = () => connectionListeners.forEach((l) => l());

/** Marks an `<XR>` root as connected to the renderer (called from inside it); returns the matching disconnect. */
export function markXRConnected(): () => void {
  connected++;
  notifyConnection();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    connected--;
    notifyConnection();
  };
}

/** True while an `<XR>` root is connected to the renderer, so that a session can start at once. */
export const isXRConnected = (): boolean => connected > 0 && loaded != null;

const subscribeConnection = (l: () => void) => {
  connectionListeners.add(l);
  return () => void connectionListeners.delete(l);
};

/**
 * The VR module once it is loaded AND its `<XR>` root is connected to the renderer, else null: what an Enter VR /
 * Enter MR button needs before it may show, so that a click at the earliest moment starts the session.
 */
export function useXRReady(): XRModule | null {
  const ready = useSyncExternalStore(subscribeConnection, isXRConnected, () => false);
  return ready ? loaded : null;
}

/** Ends a running VR session, if the VR code is loaded (e.g. when the scene fails: the headset would show nothing). */
export function endSessionIfAny(): void {
  void loaded?.exitVR();
}

/** The VR module once loaded, else null (re-renders when it arrives). */
export function useXRModule(): XRModule | null {
  const [m, setM] = useState<XRModule | null>(loaded);
  useEffect(() => {
    if (loaded) setM(loaded);
    listeners.add(setM);
    return () => void listeners.delete(setM);
  }, []);
  return m;
}

/** Asks the browser whether immersive VR is possible; resolves false where WebXR is missing or refuses. */
export async function vrSupported(): Promise<boolean> {
  const xr = (navigator as Navigator & { xr?: XRSystem }).xr;
  if (!xr?.isSessionSupported) return false;
  try {
    return await xr.isSessionSupported('immersive-vr');
  } catch {
    return false;
  }
}
