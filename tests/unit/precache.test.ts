import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { precacheGroups } from '../../build/vite-service-worker';
import { DEFAULT_CONTROLLER_PROFILE, fallbackProfiles, rememberProfiles, withDefault } from '../../src/booth/service-worker';

describe('precache groups of the build', () => {
  const files = [
    'index.html',
    'assets/index-abc.js',
    'assets/CameraRig-x.js',
    'assets/XRRoot-y.js',
    'assets/vr-helper-z.js',
    'assets/exhibit-sc-400.ttf',
    'manifest.webmanifest',
    'xr-profiles/profilesList.json',
    'xr-profiles/pico-4/profile.json',
    'xr-profiles/pico-4/left.glb',
    'xr-profiles/pico-4/right.glb',
    'xr-profiles/generic-hand/left.glb',
  ];
  const groups = precacheGroups(files, new Set(['assets/XRRoot-y.js', 'assets/vr-helper-z.js']));

  it('puts what the desktop exhibit needs in core, the page first', () => {
    expect(groups.core).toEqual(['./', './assets/CameraRig-x.js', './assets/exhibit-sc-400.ttf', './assets/index-abc.js', './index.html', './manifest.webmanifest']);
  });

  it('keeps the VR-only chunks and the profile list apart, and one group per controller profile', () => {
    expect(groups.vr).toEqual(['./assets/XRRoot-y.js', './assets/vr-helper-z.js', './xr-profiles/profilesList.json']);
    expect(groups['profile:pico-4']).toEqual(['./xr-profiles/pico-4/left.glb', './xr-profiles/pico-4/profile.json', './xr-profiles/pico-4/right.glb']);
    expect(groups['profile:generic-hand']).toEqual(['./xr-profiles/generic-hand/left.glb']);
    expect(Object.keys(groups).sort()).toEqual(['core', 'profile:generic-hand', 'profile:pico-4', 'vr']);
  });
});

describe('controller profiles a headset remembers', () => {
  const store = new Map<string, string>();
  const g = globalThis as { localStorage?: Pick<Storage, 'getItem' | 'setItem'> };
  g.localStorage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) };
  afterEach(() => store.clear());

  it('keeps each list once, most specific id first, with the fallbacks', () => {
    rememberProfiles([['pico-4', 'generic-trigger-squeeze-thumbstick'], ...fallbackProfiles]);
    const again = rememberProfiles([['pico-4', 'generic-trigger-squeeze-thumbstick'], ...fallbackProfiles]);
    expect(again).toEqual([['pico-4', 'generic-trigger-squeeze-thumbstick'], ['generic-hand']]);
  });

  it('caches the generic hand up front, but the generic controller only as a controller\'s last resort', () => {
    expect(fallbackProfiles).toEqual([['generic-hand']]);
    expect(withDefault(['meta-quest-touch-plus', 'oculus-touch-v3'])).toEqual(['profile:meta-quest-touch-plus', 'profile:oculus-touch-v3', `profile:${DEFAULT_CONTROLLER_PROFILE}`]);
    // An id list that already ends in it does not repeat it; an empty one still names it.
    expect(withDefault(['pico-4', 'generic-trigger-squeeze-thumbstick'])).toEqual(['profile:pico-4', 'profile:generic-trigger-squeeze-thumbstick']);
    expect(withDefault([])).toEqual([`profile:${DEFAULT_CONTROLLER_PROFILE}`]);
    // The same default the XR store gives @react-three/xr.
    expect(readFileSync(new URL('../../src/xr/store.ts', import.meta.url), 'utf8')).toContain(`defaultControllerProfileId: '${DEFAULT_CONTROLLER_PROFILE}'`);
  });

  it('survives a damaged store and keeps at most 8 lists', () => {
    store.set('exhibit.precache.profiles', '{not json');
    expect(rememberProfiles([['a']])).toEqual([['a']]);
    const many = rememberProfiles(Array.from({ length: 12 }, (_, i) => [`p${i}`]));
    expect(many).toHaveLength(8);
    expect(many.at(-1)).toEqual(['p11']);
  });
});
