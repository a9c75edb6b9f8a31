import { describe, expect, it } from 'vitest';
import { CONTROLLER_PROFILE_BY_MODEL, headsetModel } from '../../src/lib/headset-model';
import { controllerProfilesToWarm } from '../../src/xr/controller-warmup';
import { deviceClass } from '../../src/xr/device-profile';

/** User agents as the headsets' browsers send them (and a few spellings the rules must also take). */
const agents: [ua: string, model: string, cls: string, profile: string | null][] = [
  ['Mozilla/5.0 (X11; Linux x86_64; Quest 3) AppleWebKit/537.36 OculusBrowser/33.0 Chrome/126 VR Safari/537.36', 'Quest 3', 'quest3', 'meta-quest-touch-plus'],
  ['Mozilla/5.0 (X11; Linux x86_64; Quest 3S) AppleWebKit/537.36 OculusBrowser/35.0 Chrome/128 VR Safari/537.36', 'Quest 3S', 'quest3', 'meta-quest-touch-plus'],
  ['Mozilla/5.0 (X11; Linux x86_64; Quest Pro) OculusBrowser/33.0', 'Quest Pro', 'quest3', 'meta-quest-touch-pro'],
  ['Mozilla/5.0 (X11; Linux x86_64; Quest 2) OculusBrowser/30.0', 'Quest 2', 'quest2', 'oculus-touch-v3'],
  ['Mozilla/5.0 (X11; Linux x86_64; quest3) OculusBrowser/33.0', 'Quest 3', 'quest3', 'meta-quest-touch-plus'],
  ['Mozilla/5.0 (X11; Linux x86_64) OculusBrowser/33.0 Chrome/126 VR', 'Quest', 'quest2', null],
  ['Mozilla/5.0 (Linux; Android 10; PICO 4 OS5.9.0) AppleWebKit/537.36 PicoBrowser/3.3.38 Chrome/105 VR Safari/537.36', 'Pico 4', 'pico4', 'pico-4'],
  ['Mozilla/5.0 (Linux; Android 12; PICO 4 Ultra) PicoBrowser/4.1', 'Pico 4 Ultra', 'pico4', 'pico-4u'],
  ['Mozilla/5.0 (Linux; Android 12; PICO 4U) PicoBrowser/4.1', 'Pico 4 Ultra', 'pico4', 'pico-4u'],
  ['Mozilla/5.0 (Linux; Android 10) PicoBrowser/3.3.38 Chrome/105 VR', 'Pico', 'pico4', null],
  ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/156.0 Safari/537.36', 'Desktop', 'other', null],
  ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36', 'Phone', 'other', null],
];

describe('headset from the user agent', () => {
  it.each(agents)('%s is a %s: class %s, controller %s', (ua, model, cls, profile) => {
    expect(headsetModel(ua)).toBe(model);
    expect(deviceClass(ua)).toBe(cls);
    expect(CONTROLLER_PROFILE_BY_MODEL[model] ?? null).toBe(profile);
    expect(controllerProfilesToWarm([], ua)).toEqual(profile ? [[profile]] : []);
  });

  it('names every model that has a controller guess, so the console and the warm-up agree', () => {
    for (const model of Object.keys(CONTROLLER_PROFILE_BY_MODEL)) expect(agents.some(([, m]) => m === model), model).toBe(true);
  });
});
