/**
 * Loads the VR code (WebXR library, controllers, locomotion, tabletop) only where it can be used: on a
 * browser that reports immersive-vr support. Desktop visitors never download it. The module is fetched as
 * soon as support is known, so that "Enter VR" can start the session inside the click itself.
 */
import { useEffect, useState } from 'react';

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
