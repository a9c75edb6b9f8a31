/** Who this browser is on the live link: a short id kept in localStorage, and a model name from the user agent. */
import { isDeviceId } from './protocol';

/** The localStorage key of the device id (protocol contract). */
export const DEVICE_ID_KEY = 'exhibit.deviceId';

/** A fresh random id: 6 characters of [a-z0-9]. */
export function newDeviceId(random: () => number = Math.random): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let id = '';
  for (let i = 0; i < 6; i++) id += chars[Math.floor(random() * chars.length) % chars.length];
  return id;
}

/** The id stored for this browser, made and stored on first use; storage that fails (private mode) gives a per-page id. */
export function deviceId(storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()): string {
  try {
    const stored = storage?.getItem(DEVICE_ID_KEY);
    if (isDeviceId(stored)) return stored;
  } catch {
    // Storage can throw (blocked cookies): fall through to a new id.
  }
  const id = newDeviceId();
  try {
    storage?.setItem(DEVICE_ID_KEY, id);
  } catch {
    // Not kept: this page still works with its id.
  }
  return id;
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A short headset or browser name from a user agent (≤ 40 characters), e.g. "Pico 4", "Quest 3", "Desktop". */
export function modelFromUserAgent(ua: string): string {
  const pico = /PICO\s*(\d+)\s*(Ultra|Pro|Enterprise)?/i.exec(ua);
  if (pico) return `Pico ${pico[1]}${pico[2] ? ` ${pico[2][0]!.toUpperCase()}${pico[2].slice(1).toLowerCase()}` : ''}`;
  if (/Pico/i.test(ua)) return 'Pico';
  if (/Quest 3S/i.test(ua)) return 'Quest 3S';
  if (/Quest 3/i.test(ua)) return 'Quest 3';
  if (/Quest Pro/i.test(ua)) return 'Quest Pro';
  if (/Quest 2/i.test(ua)) return 'Quest 2';
  if (/Quest|OculusBrowser/i.test(ua)) return 'Quest';
  if (/Android/i.test(ua) && /Mobile/i.test(ua)) return 'Phone';
  if (/iPhone/i.test(ua)) return 'iPhone';
  if (/iPad|Android/i.test(ua)) return 'Tablet';
  return 'Desktop';
}
