/**
 * The interaction sounds, synthesised (pure): one calm palette of soft, bell-like sine partials on a D major
 * pentatonic scale (D, E, F♯, A, B), plus a breath of filtered noise for movement. Short (most under 200 ms),
 * round attacks (no clicks), every sound ending in silence. Levels: peak at `cueLevels` (dBFS).
 */
import { dbToGain, highpass, lowpass, normalizePeak, seededRandom, whiteNoise } from './dsp';

import type { CueName } from '../names';

export { CUE_NAMES, type CueName } from '../names';

/** Peak level of each sound in dBFS (hover is the quietest: it happens all the time). */
export const cueLevels: Record<CueName, number> = {
  hover: -15,
  select: -9,
  teleport: -11,
  panelOpen: -12,
  panelClose: -13,
  tourStop: -8,
  denied: -11,
  enterVR: -9,
  exitVR: -10,
};

// D major pentatonic, in Hz.
const D4 = 293.66, E4 = 329.63, Fs4 = 369.99, A4 = 440, D5 = 587.33, Fs5 = 739.99, A5 = 880, B5 = 987.77, D6 = 1174.66;

/** Adds a soft mallet note: a sine with a quiet octave partial, a 4 ms rounded attack and an exponential decay. */
function note(out: Float32Array, sr: number, at: number, hz: number, decay: number, amp = 1, glideTo = hz): void {
  const start = Math.floor(at * sr);
  const attack = Math.max(1, Math.floor(0.004 * sr));
  const n = Math.min(out.length - start, Math.floor(decay * 6 * sr));
  let phase = 0;
  let phase2 = 0;
  for (let i = 0; i < n; i++) {
    const t = i / sr;
    const f = glideTo === hz ? hz : hz + (glideTo - hz) * Math.min(1, t / Math.min(decay, 0.08));
    phase += (2 * Math.PI * f) / sr;
    phase2 += (4 * Math.PI * f) / sr;
    const env = (i < attack ? 0.5 - 0.5 * Math.cos((Math.PI * i) / attack) : 1) * Math.exp(-t / decay);
    out[start + i] = out[start + i]! + amp * env * (Math.sin(phase) + 0.18 * Math.exp(-t / (decay * 0.4)) * Math.sin(phase2));
  }
}

/** Adds a breath: band-limited noise under a raised-cosine envelope, its brightness sweeping from `fromHz` to `toHz`. */
function breath(out: Float32Array, sr: number, at: number, dur: number, fromHz: number, toHz: number, amp: number, seed: number): void {
  const start = Math.floor(at * sr);
  const n = Math.min(out.length - start, Math.floor(dur * sr));
  const noise = whiteNoise(n, seededRandom(seed));
  const tmp = new Float32Array(n);
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < n; i++) {
    const u = i / n;
    const hz = fromHz * (toHz / fromHz) ** u;
    const a = Math.exp((-2 * Math.PI * hz) / sr);
    y1 = (1 - a) * noise[i]! + a * y1;
    y2 = (1 - a) * y1 + a * y2;
    // Band: the low-passed noise minus a slower copy of itself.
    const env = Math.sin(Math.PI * u) ** 2;
    tmp[i] = amp * env * (y1 - y2) * 4;
  }
  // Keep the breath below 3 kHz: the first spectrograms showed a hiss up to 24 kHz, harsh next to the notes.
  lowpass(tmp, 3000, sr, 2);
  for (let i = 0; i < n; i++) out[start + i] = out[start + i]! + tmp[i]!;
}

/** Fades the last `ms` to zero and the first sample from zero, so nothing clicks at either end. */
function softEnds(x: Float32Array, sr: number, ms = 6): Float32Array {
  const n = Math.min(x.length, Math.floor((ms / 1000) * sr));
  for (let i = 0; i < n; i++) x[x.length - 1 - i] = x[x.length - 1 - i]! * (0.5 - 0.5 * Math.cos((Math.PI * i) / n));
  return x;
}

/** Each sound's length in seconds. */
export const cueSeconds: Record<CueName, number> = {
  hover: 0.06,
  select: 0.19,
  teleport: 0.2,
  panelOpen: 0.16,
  panelClose: 0.15,
  tourStop: 0.7,
  denied: 0.2,
  enterVR: 0.65,
  exitVR: 0.55,
};

/** Renders one interaction sound at `sampleRate`: mono, DC-free, peaking at its `cueLevels` value. */
export function synthCue(name: CueName, sampleRate: number): Float32Array {
  const sr = sampleRate;
  const out = new Float32Array(Math.ceil(cueSeconds[name] * sr));
  switch (name) {
    case 'hover':
      note(out, sr, 0, A5 * 2, 0.012);
      break;
    case 'select':
      note(out, sr, 0, A5, 0.035);
      note(out, sr, 0.055, D6, 0.04);
      break;
    case 'teleport':
      breath(out, sr, 0, 0.18, 250, 1600, 1, 7);
      note(out, sr, 0.06, D5, 0.025, 0.35);
      break;
    case 'panelOpen':
      note(out, sr, 0, Fs5, 0.03, 1, A5);
      note(out, sr, 0.05, B5, 0.025, 0.5);
      break;
    case 'panelClose':
      note(out, sr, 0, A5, 0.028, 1, Fs5);
      note(out, sr, 0.045, D5, 0.025, 0.5);
      break;
    case 'tourStop':
      // The caption chime: two bell strikes with a longer ring (the ambience ducks under it).
      note(out, sr, 0, A5, 0.12);
      note(out, sr, 0.11, D6, 0.14, 0.8);
      break;
    case 'denied':
      // "Not here": two low, soft notes falling a step; muffled, never a buzzer.
      note(out, sr, 0, E4, 0.035, 1);
      note(out, sr, 0.075, D4, 0.04, 1);
      lowpass(out, 1800, sr, 1);
      break;
    case 'enterVR':
      [D5, Fs5, A5, D6].forEach((f, i) => note(out, sr, i * 0.075, f, 0.09, 1 - i * 0.12));
      breath(out, sr, 0, 0.35, 400, 1600, 0.15, 11);
      break;
    case 'exitVR':
      [D6, A5, Fs5, D5].forEach((f, i) => note(out, sr, i * 0.07, f, 0.08, 0.7 + i * 0.08));
      break;
    default: {
      const never: never = name;
      throw new Error(`unknown cue ${String(never)}`);
    }
  }
  highpass(out, 40, sr);
  softEnds(out, sr);
  return normalizePeak(out, dbToGain(cueLevels[name]));
}

/** The low notes used by `denied`, exported for the palette test (every cue stays on the scale). */
export const palette = { D4, E4, Fs4, A4, D5, Fs5, A5, B5, D6 } as const;
