/**
 * Emulated mixed-reality headsets, extending the shared installer (xr.mjs): a Quest 3 standing in a captured room
 * (iwer's synthetic environment module, @iwer/sem: planes, meshes, hit-test against the room; the room is read
 * from the package's captures here, never fetched from a CDN), and a Pico-like MR headset that, like Pico Browser
 * 3.3, offers immersive-ar but no hit-test, plane or mesh detection, anchors or hands (xr.mjs's Pico 4-like one).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { installHeadset } from './xr.mjs';

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

/**
 * Runs in the page: the browser grants none of `without` (as Quest Browser grants no planes before the room is set
 * up), whatever the session asks for. iwer offers no per-feature switch, so the request is trimmed on its way in.
 */
function withholdFeatures(without) {
  const xr = navigator.xr;
  const request = xr.requestSession.bind(xr);
  const keep = (list) => list?.filter((f) => !without.includes(f));
  xr.requestSession = (mode, init = {}) => request(mode, { ...init, requiredFeatures: keep(init.requiredFeatures), optionalFeatures: keep(init.optionalFeatures) });
}

/**
 * Installs an MR headset: 'quest3-room' (a Quest 3 in `room`, default office_small) or 'pico-ar' (the shared Pico
 * 4-like headset: immersive-ar without hit-test, planes, meshes, anchors or hands, and, as a headset browser may,
 * with the window's animation loop stopped during the session). Both render into a projection layer.
 * Quest only: `input` ('controllers' or 'hands', see xr.mjs) and `without`, features the browser does not grant
 * (e.g. ['plane-detection', 'mesh-detection']: placement then falls to hit-test).
 */
export async function installMRHeadset(target, kind, { room = 'office_small', input = 'controllers', without = [] } = {}) {
  if (kind === 'pico-ar') {
    await installHeadset(target, 'pico4', { windowLoop: 'stops' });
    return;
  }
  await installHeadset(target, 'quest3', { input });
  await target.addInitScript({ path: semScript });
  await target.addInitScript(roomInit, roomCapture(room));
  if (without.length > 0) await target.addInitScript(withholdFeatures, without);
}
