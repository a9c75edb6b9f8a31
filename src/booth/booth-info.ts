/**
 * `booth.json`, fetched once per page and shared (the QR code and the live link both read it): the booth
 * server's LAN addresses and, where it runs the live link, its path. Elsewhere (a static host, `npm run dev`,
 * offline) it is empty, and nothing else is requested.
 */

/** What the booth server says about itself. */
export interface BoothInfo {
  /** HTTPS URLs a headset on the booth LAN can open. */
  lan: string[];
  /** The live link's path relative to the page (e.g. "live"), or null where there is none. */
  live: string | null;
  /** Whether the booth server records analytics (issue 17); absent elsewhere. */
  analytics?: true;
  /** Where the exhibit is published (https://…), for the phone hand-off QR code; absent when not given. */
  publicUrl?: string;
}

const none: BoothInfo = { lan: [], live: null };
let cached: Promise<BoothInfo> | null = null;

/** Reads booth.json's fields, ignoring anything malformed. */
export function parseBoothInfo(v: unknown): BoothInfo {
  if (typeof v !== 'object' || v === null) return none;
  const o = v as { lan?: unknown; live?: unknown; analytics?: unknown; publicUrl?: unknown };
  const lan = Array.isArray(o.lan) ? o.lan.filter((u): u is string => typeof u === 'string') : [];
  const live = typeof o.live === 'string' && o.live.length > 0 && o.live.length <= 200 ? o.live : null;
  const info: BoothInfo = { lan, live };
  // Analytics only with a live link to carry them (issue 17).
  if (live !== null && o.analytics === true) info.analytics = true;
  if (typeof o.publicUrl === 'string' && /^https?:\/\/\S{1,300}$/.test(o.publicUrl)) info.publicUrl = o.publicUrl;
  return info;
}

async function load(): Promise<BoothInfo> {
  if (!navigator.onLine) return none;
  try {
    const res = await fetch('./booth.json', { cache: 'no-store' });
    // A static host may answer with its index page instead of a 404: not JSON, so nothing.
    return res.ok ? parseBoothInfo(await res.json()) : none;
  } catch {
    return none;
  }
}

/** booth.json, fetched on the first call only. */
export const boothInfo = (): Promise<BoothInfo> => (cached ??= load());
