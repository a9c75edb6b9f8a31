/**
 * The one XR store. Controllers and hands point with rays (mouse-like pointer events); their models and
 * profiles come from our own build (`xr-profiles/`), never a CDN. Session features, frame rate, foveation
 * and framebuffer scale follow the device profile.
 */
import { createXRStore } from '@react-three/xr';
import { useExhibit } from '../state/store';
import { rayOptions } from './config';
import { chooseFrameRate, deviceClass, deviceProfiles } from './device-profile';
import { LeftController } from './LeftController';
import { LeftHand } from './LeftHand';
import { nextSession, sessionInitFor } from './mr/session-init';
import { trackSessionPointers } from './session-pointers';

/** Where the self-hosted controller and hand profiles are served (copied at build time). */
export const xrProfilesPath = (): string => new URL('./xr-profiles/', typeof document === 'undefined' ? 'http://localhost/' : document.baseURI).href;

const profile = deviceProfiles[deviceClass(typeof navigator === 'undefined' ? '' : (navigator.userAgent ?? ''))];

/** The exhibit's XR store. */
export const xrStore = createXRStore({
  emulate: false,
  offerSession: false,
  baseAssetPath: xrProfilesPath(),
  // An unknown controller (a profile we do not ship) falls back to the generic Quest/Pico-like layout.
  defaultControllerProfileId: 'generic-trigger-squeeze-thumbstick',
  controller: { left: LeftController, right: { teleportPointer: false, grabPointer: false, rayPointer: rayOptions } },
  // Hands (Quest): pinch = trigger; the left hand carries the wrist menu as the left controller does.
  hand: { left: LeftHand, right: { teleportPointer: false, grabPointer: false, rayPointer: rayOptions } },
  gaze: false,
  screenInput: false,
  transientPointer: false,
  // Read when a session is requested (the library reads its options then): VR and MR ask for different features.
  get customSessionInit() {
    return sessionInitFor(nextSession.mode);
  },
  frameRate: (supported) => chooseFrameRate(supported, profile.frameRate),
  foveation: profile.foveation,
  frameBufferScaling: profile.framebufferScale,
});

let releasePointers: (() => void) | undefined;
xrStore.subscribe((s) => {
  const inXR = s.session != null;
  if (inXR && !releasePointers) releasePointers = trackSessionPointers();
  else if (!inXR && releasePointers) {
    releasePointers();
    releasePointers = undefined;
  }
  if (useExhibit.getState().xr !== inXR) useExhibit.getState().actions.setXR(inXR);
  const xrMode = !inXR ? null : s.mode === 'immersive-ar' ? 'mr' : 'vr';
  if (useExhibit.getState().xrMode !== xrMode) useExhibit.getState().actions.setXRMode(xrMode);
});
