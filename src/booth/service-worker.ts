/**
 * Registers the service worker (production builds on a secure origin) and asks it to cache the VR-only
 * files in the background once the first picture is up. Booth staff and tests read the result from
 * `window.exhibit.offline()`.
 */

/** What the service worker has cached, as it last reported. */
export interface OfflineStatus {
  supported: boolean;
  version: string | null;
  cached: number;
  total: number;
  /** True when every file of this build is in the cache: the exhibit runs with the network cut. */
  ready: boolean;
}

const status: OfflineStatus = { supported: false, version: null, cached: 0, total: 0, ready: false };
/** A flaky booth network may drop a download: try the missing files again a few times. */
const RETRY_MS = 20_000;
const MAX_RETRIES = 3;
let retries = 0;

/** The latest offline status. */
export const offlineStatus = (): OfflineStatus => ({ ...status });

/** Registers the worker; `afterFirstPicture` resolves when the scene has drawn (extras wait for it). */
export function startServiceWorker(afterFirstPicture: Promise<void>): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  status.supported = true;
  navigator.serviceWorker.addEventListener('message', (e: MessageEvent) => {
    const d = e.data as { type?: string; version?: string; cached?: number; total?: number; missing?: string[] };
    if (d?.type !== 'exhibit-precache') return;
    status.version = d.version ?? null;
    status.cached = d.cached ?? 0;
    status.total = d.total ?? 0;
    status.ready = status.total > 0 && status.cached === status.total;
    if (d.missing?.length) {
      const again = retries < MAX_RETRIES;
      console.warn(`Offline cache incomplete: ${d.missing.length} file(s) missing (${d.missing.slice(0, 3).join(', ')}); ${again ? 'trying again shortly' : 'will retry on the next visit'}.`);
      if (again) {
        retries++;
        setTimeout(() => void navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage({ type: 'exhibit-precache-extras' })), RETRY_MS);
      }
    }
  });
  navigator.serviceWorker
    .register('./sw.js', { scope: './' })
    .then(async () => {
      await afterFirstPicture;
      const reg = await navigator.serviceWorker.ready;
      reg.active?.postMessage({ type: 'exhibit-precache-extras' });
    })
    .catch((e: unknown) => console.warn('Service worker not registered; the exhibit needs the network:', e));
}
