/**
 * Registers the service worker (production builds on a secure origin) and tells it what this device needs
 * offline, once the first picture is up: a desktop browser only the desktop exhibit (the worker caches it when
 * it installs); a browser that can enter VR also the VR code, and from its first session on the controller
 * profiles its runtime reports plus the generic hand (remembered for later visits and builds);
 * `?precache=all` every file. Booth staff and tests read the result from `window.exhibit.offline()`.
 */

/** What the offline cache is meant to hold on this device. */
export type OfflineScope = 'desktop' | 'vr' | 'all';

/** What the service worker has cached, as it last reported. */
export interface OfflineStatus {
  supported: boolean;
  version: string | null;
  cached: number;
  total: number;
  /** True when every file this device needs is in the cache: the exhibit runs with the network cut. */
  ready: boolean;
  /** `desktop` (no VR), `vr` (VR code, plus `profile:` groups once a session has reported its controllers), or `all`. */
  scope: OfflineScope;
  /** The precache groups the worker holds: `core`, `vr`, `profile:<id>`. */
  groups: string[];
}

const status: OfflineStatus = { supported: false, version: null, cached: 0, total: 0, ready: false, scope: 'desktop', groups: [] };
/** A flaky booth network may drop a download: try the missing files again a few times. */
const RETRY_MS = 20_000;
const MAX_RETRIES = 3;
let retries = 0;
/** The input profile lists of this headset's sessions, kept across visits (a new build re-caches them). */
const PROFILES_KEY = 'exhibit.precache.profiles';
/**
 * Profiles every headset caches from its first session on, whatever it reports then: the generic hand (a
 * visitor may put the controllers down, and hands appear mid-session). Not the generic controller: a headset
 * needs it only when none of its controllers' ids ships, and then `ask` caches it (see `withDefault`), so a
 * headset with its own model no longer downloads the generic one on its first visit.
 */
export const fallbackProfiles: readonly string[][] = [['generic-hand']];
/** The profile @react-three/xr shows when none of a controller's ids ships (`defaultControllerProfileId` in src/xr/store.ts). */
export const DEFAULT_CONTROLLER_PROFILE = 'generic-trigger-squeeze-thumbstick';

/**
 * The precache groups to try for one input source's profile ids, most specific first, ending in the default
 * controller profile: the worker caches the first one the build ships, which is the one the exhibit will load.
 */
export const withDefault = (profiles: readonly string[]): string[] => [...new Set([...profiles, DEFAULT_CONTROLLER_PROFILE])].map((id) => `profile:${id}`);

let wantVr = false;
let wantAll = false;

/** The latest offline status. */
export const offlineStatus = (): OfflineStatus => ({ ...status, groups: [...status.groups] });

/** The input profile lists this headset's sessions reported, oldest first (at most 8; none before its first session). */
export function storedProfiles(): string[][] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(PROFILES_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((p): p is string[] => Array.isArray(p) && p.every((x) => typeof x === 'string')) : [];
  } catch {
    return [];
  }
}

/**
 * Adds input-profile lists (each an `XRInputSource.profiles`, most specific first) to those this device keeps,
 * without duplicates and at most 8; returns the new list. Pure apart from storage, and tolerant of a full or
 * blocked localStorage.
 */
export function rememberProfiles(lists: readonly (readonly string[])[]): string[][] {
  const out = storedProfiles();
  const key = (p: readonly string[]) => p.join(',');
  for (const p of lists) if (p.length && !out.some((q) => key(q) === key(p))) out.push([...p].slice(0, 8));
  const kept = out.slice(-8);
  try {
    localStorage.setItem(PROFILES_KEY, JSON.stringify(kept));
  } catch {
    // Private mode or a full store: this visit still caches them.
  }
  return kept;
}

/** Asks the active worker for this device's groups (for each remembered profile list, the first the build ships). */
async function ask(): Promise<void> {
  if (!status.supported) return;
  const reg = await navigator.serviceWorker.ready;
  if (wantAll) return void reg.active?.postMessage({ type: 'exhibit-precache', groups: 'all' });
  const firstOf = wantVr ? storedProfiles().map(withDefault) : [];
  reg.active?.postMessage({ type: 'exhibit-precache', groups: wantVr ? ['vr'] : [], firstOf });
}

/**
 * Called when a VR session starts: remembers the controller profiles its input sources report (now and when they
 * change) and caches them with the generic fallbacks, so the next visit runs offline with this headset's own
 * controllers (and warms their models up: src/xr/controller-warmup.ts).
 */
export function precacheForSession(session: XRSession): void {
  const note = () => {
    // A tracked hand always shows the generic hand model (@react-three/xr ignores its ids); a controller its first shipped profile.
    // Remembered even without a worker: the next session warms these controllers' models up before it starts.
    rememberProfiles([...Array.from(session.inputSources, (s) => (s.hand ? ['generic-hand'] : s.profiles)), ...fallbackProfiles]);
    if (!status.supported) return;
    status.scope = wantAll ? 'all' : 'vr';
    void ask();
  };
  note();
  session.addEventListener('inputsourceschange', note);
  session.addEventListener('end', () => session.removeEventListener('inputsourceschange', note), { once: true });
}

/**
 * Registers the worker; `afterFirstPicture` resolves when the scene has drawn (the extra groups wait for it);
 * `vrCapable` tells whether this browser can enter VR.
 */
export function startServiceWorker(afterFirstPicture: Promise<void>, options: { all: boolean; vrCapable: Promise<boolean> }): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  status.supported = true;
  wantAll = options.all;
  status.scope = wantAll ? 'all' : 'desktop';
  navigator.serviceWorker.addEventListener('message', (e: MessageEvent) => {
    const d = e.data as { type?: string; version?: string; cached?: number; total?: number; missing?: string[]; groups?: string[] };
    if (d?.type !== 'exhibit-precache') return;
    status.version = d.version ?? null;
    status.cached = d.cached ?? 0;
    status.total = d.total ?? 0;
    status.groups = Array.isArray(d.groups) ? d.groups : [];
    status.ready = status.total > 0 && status.cached === status.total;
    if (d.missing?.length) {
      const again = retries < MAX_RETRIES;
      console.warn(`Offline cache incomplete: ${d.missing.length} file(s) missing (${d.missing.slice(0, 3).join(', ')}); ${again ? 'trying again shortly' : 'will retry on the next visit'}.`);
      if (again) {
        retries++;
        setTimeout(() => void ask(), RETRY_MS);
      }
    }
  });
  navigator.serviceWorker
    .register('./sw.js', { scope: './' })
    .then(async () => {
      await afterFirstPicture;
      wantVr = await options.vrCapable;
      if (wantVr && !wantAll) status.scope = 'vr';
      await ask();
    })
    .catch((e: unknown) => console.warn('Service worker not registered; the exhibit needs the network:', e));
}
