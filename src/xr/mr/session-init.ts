/**
 * Session features per mode. VR asks for what it always did. MR (immersive-ar) requires only what every MR headset
 * has (a floor-level space); hit-test, planes, meshes, anchors and hands stay optional, because Pico Browser 3.3
 * fails a session that requires any of them (it has none).
 */

/** The VR session's features. */
export const vrSessionInit: XRSessionInit = { requiredFeatures: ['local-floor'], optionalFeatures: ['hand-tracking', 'layers'] };

/** The MR session's features: the same required set, the room-sensing features optional. */
export const mrSessionInit: XRSessionInit = {
  requiredFeatures: ['local-floor'],
  optionalFeatures: ['hand-tracking', 'layers', 'hit-test', 'plane-detection', 'mesh-detection', 'anchors'],
};

/** Which mode the next session request is for (set just before the store starts one). */
export const nextSession = { mode: 'immersive-vr' as 'immersive-vr' | 'immersive-ar' };

/** The init for the session about to be requested. */
export const sessionInitFor = (mode: 'immersive-vr' | 'immersive-ar'): XRSessionInit => (mode === 'immersive-ar' ? mrSessionInit : vrSessionInit);
