/**
 * The one XR store. Controllers and hands are ray pointers; model assets are never fetched from a CDN
 * (the headset issue ships the profiles locally and points `baseAssetPath` at them).
 */
import { createXRStore } from '@react-three/xr';
import { useExhibit } from '../state/store';

/** The exhibit's XR store. */
export const xrStore = createXRStore({
  emulate: false,
  // Until the input profiles are self-hosted, draw no controller or hand models (they would load from a CDN).
  controller: { model: false },
  hand: { model: false },
  offerSession: false,
});

xrStore.subscribe((s) => {
  const inXR = s.session != null;
  if (useExhibit.getState().xr !== inXR) useExhibit.getState().actions.setXR(inXR);
});
