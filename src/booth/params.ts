/**
 * Booth (kiosk) URL parameters, read once at start. Invalid values fall back to the defaults with a console
 * warning, never a crash. Public contract: `?kiosk`, `?lang=zh|en`, `?tour=autostart`, `?idle=N` (seconds),
 * `?locomotion=smooth` (VR: thumbstick walking besides teleport), `?precache=all` (cache every file for offline
 * use, for headsets set up in advance) `?timescale=N` (speeds tours up, for tests and rehearsals) and `?sound=on|off`.
 */
import { parseSoundParam, type SoundSetting } from '../audio/settings';

/** The parsed parameters. */
export interface BoothParams {
  kiosk: boolean;
  tourAutostart: boolean;
  /** Seconds without input before the attract loop starts (desktop) or VR resets (headset off). */
  idleSeconds: number;
  /** Tour clock multiplier (1 = real time). */
  timeScale: number;
  /** VR smooth locomotion on the left stick (off by default: it makes some visitors queasy). */
  smoothLocomotion: boolean;
  /** What the offline cache holds: what this device can use (`device`), or every file of the build (`all`). */
  precache: 'device' | 'all';
  /** `?sound=on|off`: overrides the sound's default (on in VR, off on the desktop and on a TV); null when absent. */
  sound: SoundSetting | null;
}

/** Defaults for every parameter. */
export const boothDefaults: BoothParams = { kiosk: false, tourAutostart: false, idleSeconds: 90, timeScale: 1, smoothLocomotion: false, precache: 'device', sound: null };

const truthy = (v: string) => ['', '1', 'true', 'yes', 'on'].includes(v.trim().toLowerCase());
const falsy = (v: string) => ['0', 'false', 'no', 'off'].includes(v.trim().toLowerCase());

/** Parses the query string; `warn` receives one message per invalid value. */
export function parseBoothParams(search: string, warn: (msg: string) => void = () => {}): BoothParams {
  const q = new URLSearchParams(search);
  const out: BoothParams = { ...boothDefaults };
  const kiosk = q.get('kiosk');
  if (kiosk !== null) {
    if (truthy(kiosk)) out.kiosk = true;
    else if (!falsy(kiosk)) warn(`?kiosk=${kiosk} is not understood; use ?kiosk or ?kiosk=0. Kiosk mode stays off.`);
  }
  const tour = q.get('tour');
  if (tour !== null) {
    if (tour.trim().toLowerCase() === 'autostart') out.tourAutostart = true;
    else warn(`?tour=${tour} is not understood; use ?tour=autostart. The tour will not start by itself.`);
  }
  const idle = q.get('idle');
  if (idle !== null) {
    const n = Number(idle);
    if (idle.trim() !== '' && Number.isFinite(n) && n >= 5 && n <= 86400) out.idleSeconds = n;
    else warn(`?idle=${idle} is not a number of seconds between 5 and 86400; using ${boothDefaults.idleSeconds}.`);
  }
  const scale = q.get('timescale');
  if (scale !== null) {
    const n = Number(scale);
    if (scale.trim() !== '' && Number.isFinite(n) && n >= 0.1 && n <= 1000) out.timeScale = n;
    else warn(`?timescale=${scale} is not a number between 0.1 and 1000; using 1.`);
  }
  const loco = q.get('locomotion');
  if (loco !== null) {
    if (loco.trim().toLowerCase() === 'smooth') out.smoothLocomotion = true;
    else if (loco.trim().toLowerCase() !== 'teleport') warn(`?locomotion=${loco} is not understood; use smooth or teleport. Teleport only.`);
  }
  const precache = q.get('precache');
  if (precache !== null) {
    const v = precache.trim().toLowerCase();
    if (v === 'all') out.precache = 'all';
    else if (v !== 'device') warn(`?precache=${precache} is not understood; use all or device. Caching what this device uses.`);
  }
  out.sound = parseSoundParam(search, warn);
  return out;
}
