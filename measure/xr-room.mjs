/**
 * Emulated mixed-reality headsets, extending the shared installer (xr.mjs): a Quest 3 standing in a captured room
 * (iwer's synthetic environment module, @iwer/sem: planes, meshes, hit-test against the room; the room is read
 * from the package's captures here, never fetched from a CDN), and a Pico-like MR headset that, like Pico Browser
 * 3.3, offers immersive-ar but no hit-test, plane or mesh detection, anchors or hands.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { installHeadset, iwerScript } from './xr.mjs';

/** @iwer/sem's browser build (global `IWER_SEM`). */
export const semScript = fileURLToPath(new URL('../node_modules/@iwer/sem/build/iwer-sem.min.js', import.meta.url));

/** A captured room shipped with @iwer/sem (e.g. 'office_small'), parsed. */
export const roomCapture = (room) => JSON.parse(readFileSync(fileURLToPath(new URL(`../node_modules/@iwer/sem/captures/${room}.json`, import.meta.url)), 'utf8'));

/** Runs in the page after the headset is installed: puts it in the captured room. */
function roomInit(capture) {
  const device = window.__xrDevice;
  device.installSEM(window.IWER_SEM.SyntheticEnvironmentModule);
  device.sem.loadEnvironment(capture);
}

/** Runs in the page: a Pico-like MR headset (Quest 2 base, Pico controllers and browser, no room sensing). */
function picoARInit() {
  const IWER = window.IWER;
  const missing = ['hit-test', 'hand-tracking', 'anchors', 'plane-detection', 'mesh-detection', 'depth-sensing'];
  const config = {
    ...IWER.metaQuest2,
    name: 'Pico 4 Ultra (MR, no room sensing)',
    supportedFeatures: IWER.metaQuest2.supportedFeatures.filter((f) => !missing.includes(f)),
    supportedFrameRates: [72, 90],
    userAgent: 'Mozilla/5.0 (Linux; Android 12; PICO 4 Ultra OS5.12.0) AppleWebKit/537.36 (KHTML, like Gecko) PicoBrowser/3.3.32 Chrome/105.0.5195.68 VR Safari/537.36',
    controllerConfig: { ...IWER.oculusTouchV3, profileId: 'pico-4', fallbackProfileIds: ['generic-trigger-squeeze-thumbstick'] },
  };
  const device = new IWER.XRDevice(config, { stereoEnabled: false });
  device.installRuntime({ forceInstall: true });
  const xr = navigator.xr;
  const request = xr.requestSession.bind(xr);
  xr.requestSession = async (...args) => {
    const session = await request(...args);
    window.__xrSession = session;
    return session;
  };
  window.__xrDevice = device;
}

/** Installs an MR headset: 'quest3-room' (Quest 3 in `room`, default office_small) or 'pico-ar' (no room sensing). */
export async function installMRHeadset(target, kind, { room = 'office_small' } = {}) {
  if (kind === 'pico-ar') {
    await target.addInitScript({ path: iwerScript });
    await target.addInitScript(picoARInit);
    return;
  }
  await installHeadset(target, 'quest3');
  await target.addInitScript({ path: semScript });
  await target.addInitScript(roomInit, roomCapture(room));
}
