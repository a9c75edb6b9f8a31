/** Which controller models a headset warms up before its session (src/xr/controller-warmup.ts): pure choice. */
import { describe, expect, it } from 'vitest';
import { controllerProfilesToWarm } from '../../src/xr/controller-warmup';

const QUEST3 = 'Mozilla/5.0 (X11; Linux x86_64; Quest 3) AppleWebKit/537.36 OculusBrowser/33.0 Chrome/126 VR Safari/537.36';
const PICO4 = 'Mozilla/5.0 (Linux; Android 10; PICO 4 OS5.9.0) AppleWebKit/537.36 PicoBrowser/3.3.38 Chrome/105 VR Safari/537.36';

describe('controllerProfilesToWarm', () => {
  it('takes what this headset’s sessions reported, most recent first, never the hand or more than two', () => {
    const remembered = [['generic-hand'], ['oculus-touch-v3', 'oculus-touch'], ['meta-quest-touch-plus', 'generic-trigger-squeeze-thumbstick'], ['meta-quest-touch-pro']];
    expect(controllerProfilesToWarm(remembered, PICO4)).toEqual([['meta-quest-touch-pro'], ['meta-quest-touch-plus', 'generic-trigger-squeeze-thumbstick']]);
  });

  it('guesses from the user agent before the first session', () => {
    expect(controllerProfilesToWarm([], QUEST3)).toEqual([['meta-quest-touch-plus']]);
    expect(controllerProfilesToWarm([['generic-hand']], PICO4)).toEqual([['pico-4']]);
    expect(controllerProfilesToWarm([], 'Mozilla/5.0 (Linux; Android 12; PICO 4 Ultra) PicoBrowser/4.1')).toEqual([['pico-4u']]);
    expect(controllerProfilesToWarm([], 'Mozilla/5.0 (X11; Linux x86_64; Quest Pro) OculusBrowser/33.0')).toEqual([['meta-quest-touch-pro']]);
    expect(controllerProfilesToWarm([], 'Mozilla/5.0 (X11; Linux x86_64; Quest 2) OculusBrowser/30.0')).toEqual([['oculus-touch-v3']]);
  });

  it('warms nothing up on a browser that is no known headset and never had a session (a TV, a desktop)', () => {
    expect(controllerProfilesToWarm([], 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156 Safari/537.36')).toEqual([]);
    expect(controllerProfilesToWarm([[]], '')).toEqual([]);
  });
});
