/** Sound (issue 18): the pure parts — synthesis (levels, DC, seamless loops), the on/off rules, the cue rules, placement, the live-link command. */
import { describe, expect, it } from 'vitest';
import { parseClientMessage } from '../../server/live/schema.mjs';
import { cueAllowed, cuesForChange, type CueState } from '../../src/audio/cue-rules';
import { BED_NAMES, CUE_NAMES } from '../../src/audio/names';
import { parseSoundParam, shouldRun, soundSetting, type SoundInputs } from '../../src/audio/settings';
import { nearestOnPolyline, treeNear } from '../../src/audio/spatial';
import { BED_RATE, bedSeconds, synthBed, synthBird } from '../../src/audio/synth/ambience-synth';
import { cueLevels, cueSeconds, synthCue } from '../../src/audio/synth/cue-synth';
import { gainToDb, loopable, mean, peak, rms, seededRandom, whiteNoise, lowpass } from '../../src/audio/synth/dsp';
import { parseServerMessage } from '../../src/booth/live/protocol';
import { dcOffset, loudestWindowDb, peakDb, seamRatio } from '../e2e/audio-analysis';

describe('synthesis', () => {
  it('makes a loop whose last sample runs on into its first like any other step', () => {
    const x = lowpass(whiteNoise(48000 + 4800, seededRandom(1)), 800, 48000);
    const loop = loopable(x, 48000, 4800);
    const twice = new Float32Array(96000);
    twice.set(loop);
    twice.set(loop, 48000);
    expect(seamRatio([twice], 48000, 48000)).toBeLessThan(5);
    // The check itself catches a hard cut: the same noise without the crossfade.
    const cut = new Float32Array(96000);
    cut.set(x.subarray(0, 48000));
    cut.set(x.subarray(0, 48000), 48000);
    expect(seamRatio([cut], 48000, 48000)).toBeGreaterThan(5);
  });

  it.each(CUE_NAMES)('%s: its level, no DC, silent at both ends, on time', (name) => {
    const x = synthCue(name, 48000);
    expect(gainToDb(peak(x))).toBeCloseTo(cueLevels[name], 3);
    expect(Math.abs(mean(x))).toBeLessThan(1e-3);
    expect(Math.abs(x[0]!)).toBeLessThan(1e-3);
    expect(Math.abs(x[x.length - 1]!)).toBeLessThan(1e-4);
    expect(x.length).toBe(Math.ceil(cueSeconds[name] * 48000));
  });

  it('keeps most interaction sounds under 200 ms (only the chime and entering/leaving VR ring longer)', () => {
    const long = CUE_NAMES.filter((n) => cueSeconds[n] > 0.2);
    expect(long.sort()).toEqual(['enterVR', 'exitVR', 'tourStop']);
  });

  it.each(BED_NAMES)('%s: a seamless loop of ≥ 29 s without DC', (name) => {
    const x = synthBed(name);
    expect(x.length / BED_RATE).toBeGreaterThanOrEqual(29);
    expect(x.length).toBe(Math.round(bedSeconds[name] * BED_RATE));
    expect(dcOffset([x])).toBeLessThan(1e-3);
    expect(peakDb([x])).toBeLessThan(-3);
    const twice = new Float32Array(x.length * 2);
    twice.set(x);
    twice.set(x, x.length);
    expect(seamRatio([twice], BED_RATE, x.length)).toBeLessThan(5);
  });

  it('loop lengths share no rhythm (the mix of layers repeats only after a long time)', () => {
    const s = Object.values(bedSeconds).map((v) => Math.round(v * 10));
    const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
    for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) expect(gcd(s[i]!, s[j]!)).toBe(1);
  });

  it('bird calls are short, high and quiet', () => {
    for (let v = 0; v < 6; v++) {
      const x = synthBird(v, 48000);
      expect(x.length / 48000).toBeLessThan(1);
      expect(gainToDb(peak(x))).toBeCloseTo(-12, 3);
      expect(loudestWindowDb([x], 48000)).toBeGreaterThan(-30);
      expect(rms(x)).toBeGreaterThan(0);
    }
  });
});

describe('on/off rules', () => {
  const base: SoundInputs = { param: null, quiet: false, desktopChoice: null, vrChoice: null };
  it('is on in VR and off on the desktop by default; ?sound= overrides; a TV is silent unless ?sound=on; choices win', () => {
    expect(soundSetting(base, true)).toBe('on');
    expect(soundSetting(base, false)).toBe('off');
    expect(soundSetting({ ...base, param: 'on' }, false)).toBe('on');
    expect(soundSetting({ ...base, param: 'off' }, true)).toBe('off');
    expect(soundSetting({ ...base, quiet: true }, true)).toBe('off');
    expect(soundSetting({ ...base, quiet: true, param: 'on' }, false)).toBe('on');
    expect(soundSetting({ ...base, desktopChoice: 'on' }, false)).toBe('on');
    expect(soundSetting({ ...base, desktopChoice: 'on' }, true)).toBe('on');
    expect(soundSetting({ ...base, vrChoice: 'off', param: 'on' }, true)).toBe('off');
  });
  it('runs only while on, visible, not blurred and not in the attract loop', () => {
    const r = { setting: 'on' as const, pageHidden: false, sessionAway: false, attract: false };
    expect(shouldRun(r)).toBe(true);
    expect(shouldRun({ ...r, setting: 'off' })).toBe(false);
    expect(shouldRun({ ...r, pageHidden: true })).toBe(false);
    expect(shouldRun({ ...r, sessionAway: true })).toBe(false);
    expect(shouldRun({ ...r, attract: true })).toBe(false);
  });
  it('reads ?sound=', () => {
    const warnings: string[] = [];
    expect(parseSoundParam('?sound=on')).toBe('on');
    expect(parseSoundParam('?sound=OFF')).toBe('off');
    expect(parseSoundParam('')).toBeNull();
    expect(parseSoundParam('?sound=loud', (m) => warnings.push(m))).toBeNull();
    expect(warnings).toHaveLength(1);
  });
});

describe('cue rules', () => {
  const s = (over: Partial<CueState> = {}): CueState => ({ selection: { kind: 'overview' }, xr: false, aboutOpen: false, mode: 'explore', tour: null, ...over });
  it('maps state changes to sounds', () => {
    expect(cuesForChange(s(), s({ selection: { kind: 'pavilion', id: 'pico' } }))).toEqual(['panelOpen']);
    expect(cuesForChange(s({ selection: { kind: 'pavilion', id: 'pico' } }), s({ selection: { kind: 'pavilion', id: 'goertek' } }))).toEqual(['select']);
    expect(cuesForChange(s({ selection: { kind: 'pavilion', id: 'pico' } }), s())).toEqual(['panelClose']);
    expect(cuesForChange(s(), s({ xr: true }))).toEqual(['enterVR']);
    expect(cuesForChange(s({ xr: true }), s())).toEqual(['exitVR']);
    expect(cuesForChange(s(), s({ mode: 'tour', tour: { index: 0 }, selection: { kind: 'pavilion', id: 'pico' } }))).toEqual(['tourStop']);
    expect(cuesForChange(s({ tour: { index: 0 } }), s({ tour: { index: 1 } }))).toEqual(['tourStop']);
    expect(cuesForChange(s(), s({ aboutOpen: true }))).toEqual(['panelOpen']);
    expect(cuesForChange(s(), s())).toEqual([]);
  });
  it('lets one gesture sound once: a lesser sound right after another is left out', () => {
    expect(cueAllowed('hover', 1.05, { rank: 1, at: 1 })).toBe(false);
    expect(cueAllowed('teleport', 1.05, { rank: 1, at: 1 })).toBe(true);
    expect(cueAllowed('select', 1.2, { rank: 3, at: 1 })).toBe(true);
  });
});

describe('placement', () => {
  it('puts the surf on the nearest point of the coast', () => {
    const out: [number, number] = [0, 0];
    expect(nearestOnPolyline([[0, -10], [0, 10]], 5, 3, out)).toEqual([0, 3]);
    expect(nearestOnPolyline([[0, -10], [0, 10], [10, 20]], -4, 50, out)).toEqual([10, 20]);
  });
  it('finds a tree near the listener, or none', () => {
    const trees = [{ x: 0, z: 0 }, { x: 100, z: 0 }];
    expect(treeNear(trees, 90, 0, 20, () => 0.5)).toBe(1);
    expect(treeNear(trees, 50, 0, 20, () => 0.5)).toBe(-1);
  });
});

describe('live link: mute and unmute', () => {
  it('the server takes a sound command with on/off and refuses anything else', () => {
    expect(parseClientMessage(JSON.stringify({ type: 'command', target: 'all', action: 'sound', sound: 'off' })).ok).toBe(true);
    expect(parseClientMessage(JSON.stringify({ type: 'command', target: 'all', action: 'sound' })).ok).toBe(false);
    expect(parseClientMessage(JSON.stringify({ type: 'command', target: 'all', action: 'sound', sound: 'loud' })).ok).toBe(false);
  });
  it('the page takes it too', () => {
    expect(parseServerMessage(JSON.stringify({ type: 'command', action: 'sound', sound: 'on' }))).toEqual({ type: 'command', action: 'sound', sound: 'on' });
    expect(parseServerMessage(JSON.stringify({ type: 'command', action: 'sound', sound: 1 }))).toBeNull();
  });
});
