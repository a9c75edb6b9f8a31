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
