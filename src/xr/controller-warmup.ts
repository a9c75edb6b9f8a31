/**
 * Controller models warmed up before the session: @react-three/xr loads a controller's model only once its input
 * source exists, seconds into the session on a busy headset, and its material's shader program was then linked
 * mid-session (a stalled frame). Here the models this headset will show are loaded as soon as the VR code is
 * connected, and PrecompileXR compiles them with the session's first frames; the library's own copy, when it
 * arrives, finds its program built. Which models: the controller profiles this headset's earlier sessions
 * reported (src/booth/service-worker.ts keeps them), else a guess from the user agent; none on an unknown browser.
 * Usage: `warmUpControllerModels()` once; `controllerWarmup` is the (never drawn) group that holds them.
 */
import { DefaultGltfLoader, PointerCursorMaterial, PointerRayMaterial } from '@pmndrs/xr';
import { BoxGeometry, Group, Mesh } from 'three';
import { DEFAULT_CONTROLLER_PROFILE, storedProfiles } from '../booth/service-worker';
import { CONTROLLER_PROFILE_BY_MODEL, headsetModel } from '../lib/headset-model';
import { xrProfilesPath } from './store';
import { warmupStatus } from './warmup-status';

/** Profiles that are not a controller's own (hands, fallbacks): nothing to warm up for them. */
const NOT_A_CONTROLLER = /^generic-hand/;

/**
 * The controller profile lists to warm up, most recent first: those remembered from this headset's sessions, else
 * the user agent's guess, else none. At most two (a headset that has seen two controller types, e.g. after a swap).
 */
export function controllerProfilesToWarm(remembered: readonly (readonly string[])[], userAgent: string): string[][] {
  const own = remembered.filter((ids) => ids.length > 0 && !NOT_A_CONTROLLER.test(ids[0]!)).map((ids) => [...ids]);
  if (own.length) return own.reverse().slice(0, 2);
  const guess = CONTROLLER_PROFILE_BY_MODEL[headsetModel(userAgent)];
  return guess ? [[guess]] : [];
}

/**
 * What PrecompileXR compiles against the scene with the session's first frames (never added to it): the warmed-up
 * models, and the library's pointer ray and cursor, which mount with each controller once its profile has loaded
 * (about two seconds into a session in the emulator), whatever the headset.
 */
export const controllerWarmup = new Group();
controllerWarmup.name = 'controller-warmup';
const box = new BoxGeometry();
controllerWarmup.add(new Mesh(box, new PointerRayMaterial()), new Mesh(box, new PointerCursorMaterial()));

type ProfilesList = Record<string, { path: string } | undefined>;
type Profile = { layouts: Record<string, { assetPath: string } | undefined> };

async function json<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/**
 * The model files of one profile list, left and right, found as @react-three/xr finds them (the build's profile
 * list: the first id it ships, else the default profile; the layout whose key names the hand).
 */
async function modelUrls(list: ProfilesList, base: string, ids: readonly string[]): Promise<string[]> {
  const info = ids.map((id) => list[id]).find((p) => p != null) ?? list[DEFAULT_CONTROLLER_PROFILE];
  if (!info) return [];
  const profileUrl = new URL(info.path, base).href;
  const profile = await json<Profile>(profileUrl);
  return (['left', 'right'] as const).flatMap((hand) => {
    const key = Object.keys(profile.layouts).find((k) => k.includes(hand));
    const layout = key ? profile.layouts[key] : undefined;
    return layout ? [new URL(layout.assetPath, profileUrl).href] : [];
  });
}

let started = false;

/** Loads the models to warm up (once per page): both hands of each profile list; a failure only logs. */
export function warmUpControllerModels(): void {
  if (started) return;
  started = true;
  const lists = controllerProfilesToWarm(storedProfiles(), typeof navigator === 'undefined' ? '' : navigator.userAgent);
  if (!lists.length) return;
  const base = xrProfilesPath();
  void (async () => {
    const list = await json<ProfilesList>(new URL('profilesList.json', base).href);
    const urls = new Set((await Promise.all(lists.map((ids) => modelUrls(list, base, ids)))).flat());
    // The library's own loader (the same file, so the browser's cache or the service worker serves it again).
    for (const url of urls) {
      controllerWarmup.add((await DefaultGltfLoader.loadAsync(url)).scene);
      warmupStatus.models++;
    }
  })().catch((e: unknown) => {
    // Not the visitor's problem: the session loads the models itself (and reports a failure there).
    console.warn(`Controller models not warmed up: ${String(e)}`);
  });
}
