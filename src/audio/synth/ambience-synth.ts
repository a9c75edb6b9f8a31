/**
 * The ambience beds, synthesised (pure): wind and a distant sea for the terrace; surf, a district hum and wind
 * for the park; bird calls for the trees. Each bed is a loop of 29–43 s (lengths with no common rhythm, so the
 * layers drift against each other and the mix never repeats audibly), made seamless by `loopable`; its slow
 * movement (gusts, swell, breaking waves) repeats exactly with the loop. Levels: RMS at `bedLevels` (dBFS).
 */
import { brownNoise, dbToGain, highpass, loopable, lowpass, normalizeRms, periodicSwell, pinkNoise, removeDc, seededRandom } from './dsp';

import type { BedName } from '../names';

export { BED_NAMES, type BedName } from '../names';

/** Loop length of each layer in seconds (no two share a rhythm: the mix repeats only after hours). */
export const bedSeconds: Record<BedName, number> = { wind: 37.3, sea: 31.7, surf: 43.1, hum: 29.3 };

/** The sample rate the beds are made at: they hold nothing above 8 kHz, and half the rate is half the memory. */
export const BED_RATE = 22050;

/** RMS level of each layer's buffer in dBFS, before the mixer's layer gains. */
export const bedLevels: Record<BedName, number> = { wind: -30, sea: -28, surf: -26, hum: -32 };

const FADE_S = 2;

/** A layer's synthesis in steps: it yields between passes over the buffer (each a few ms), so it can be spread over tasks. */
type Steps = Generator<void, Float32Array, void>;

/** Wind: pink noise, band-limited to a soft rush, in gusts that also brighten it. */
function* wind(n: number, sr: number, rand: () => number): Steps {
  const f = Math.floor(FADE_S * sr);
  const dull = lowpass(pinkNoise(n + f, rand), 900, sr);
  yield;
  const bright = highpass(lowpass(pinkNoise(n + f, rand), 1600, sr), 300, sr);
  yield;
  // The gusts repeat with the loop: whole cycles over n samples (periods of about 5 to 19 s).
  const gust = periodicSwell(n, [2, 3, 5, 7], rand);
  const out = new Float32Array(n + f);
  for (let i = 0; i < n + f; i++) {
    const g = gust[i % n]!;
    out[i] = dull[i]! * (0.35 + 0.65 * g) + bright[i]! * 0.8 * g * g;
  }
  // Above 150 Hz: the first spectrograms showed a rumble under 200 Hz, not air (and headset speakers lose it anyway).
  yield;
  highpass(out, 150, sr);
  yield;
  highpass(out, 150, sr);
  yield;
  return loopable(out, n, f);
}

/** A distant sea: low rumble with a slow swell, no detail (it is far away, beyond the park). */
function* sea(n: number, sr: number, rand: () => number): Steps {
  const f = Math.floor(FADE_S * sr);
  const body = lowpass(brownNoise(n + f, rand), 420, sr);
  yield;
  const hiss = lowpass(highpass(pinkNoise(n + f, rand), 500, sr), 1400, sr);
  yield;
  const swell = periodicSwell(n, [3, 4, 6], rand);
  const out = new Float32Array(n + f);
  for (let i = 0; i < n + f; i++) {
    const s = swell[i % n]!;
    out[i] = body[i]! * (0.5 + 0.5 * s) + hiss[i]! * 0.12 * s * s;
  }
  yield;
  highpass(out, 40, sr);
  yield;
  return loopable(out, n, f);
}

/** Surf on the beach: waves breaking at irregular intervals (6–10 s), each a rising roar that fades to a wash. */
function* surf(n: number, sr: number, rand: () => number): Steps {
  const f = Math.floor(FADE_S * sr);
  const roar = lowpass(pinkNoise(n + f, rand), 900, sr);
  yield;
  const foam = highpass(lowpass(pinkNoise(n + f, rand), 5000, sr), 1200, sr);
  yield;
  // Wave envelope over the loop; waves near the end wrap round to its start, so the loop carries them across.
  const env = new Float32Array(n).fill(0.12);
  let t = rand() * 3;
  const total = n / sr;
  while (t < total - 1) {
    const rise = 1.2 + rand() * 0.8;
    const fall = 3 + rand() * 2.5;
    const height = 0.6 + rand() * 0.4;
    const a = Math.floor(t * sr);
    const len = Math.floor((rise + fall) * sr);
    for (let i = 0; i < len; i++) {
      const u = i / sr;
      const e = u < rise ? Math.sin((Math.PI / 2) * (u / rise)) ** 2 : Math.exp(-(u - rise) / (fall / 3));
      const k = (a + i) % n;
      env[k] = Math.max(env[k]!, 0.12 + height * e);
    }
    t += 6 + rand() * 4;
  }
  // Smooth the envelope circularly (no sudden change when a new wave starts while the last one still washes): filter
  // two copies end to end and keep the second, whose start has the first's end as its history.
  const wrapped = new Float32Array(n * 2);
  wrapped.set(env);
  wrapped.set(env, n);
  lowpass(wrapped, 3, sr, 2);
  yield;
  const e2 = wrapped.subarray(n);
  const out = new Float32Array(n + f);
  for (let i = 0; i < n + f; i++) {
    const e = e2[i % n]!;
    out[i] = roar[i]! * e + foam[i]! * 0.45 * e * e * e;
  }
  yield;
  highpass(out, 40, sr);
  yield;
  return loopable(out, n, f);
}

/** The district's hum: traffic and plant far off, a low band of noise with a faint steady tone, barely moving. */
function* hum(n: number, sr: number, rand: () => number): Steps {
  const f = Math.floor(FADE_S * sr);
  const band = highpass(lowpass(brownNoise(n + f, rand), 220, sr), 45, sr);
  yield;
  const drift = periodicSwell(n, [1, 2, 3], rand);
  const out = new Float32Array(n + f);
  // A tone with a whole number of cycles over the loop, so it too joins seamlessly (about 100 Hz, quietly).
  const cycles = Math.round(100 * (n / sr));
  for (let i = 0; i < n + f; i++) {
    out[i] = band[i]! * (0.7 + 0.3 * drift[i % n]!) + 0.08 * Math.sin((2 * Math.PI * cycles * i) / n);
  }
  yield;
  return loopable(out, n, f);
}

const makers: Record<BedName, (n: number, sr: number, rand: () => number) => Steps> = { wind, sea, surf, hum };
const seeds: Record<BedName, number> = { wind: 101, sea: 202, surf: 303, hum: 404 };

function* bedSteps(name: BedName, sampleRate: number): Steps {
  const n = Math.round(bedSeconds[name] * sampleRate);
  const x = yield* makers[name](n, sampleRate, seededRandom(seeds[name]));
  yield;
  return normalizeRms(removeDc(x), dbToGain(bedLevels[name]));
}

/** Renders one ambience layer: a seamless mono loop of `bedSeconds[name]` at `sampleRate`, DC-free, at its RMS level. */
export function synthBed(name: BedName, sampleRate = BED_RATE): Float32Array {
  const steps = bedSteps(name, sampleRate);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** As `synthBed`, one step per task (`setTimeout`), so that no frame waits for more than one pass over the buffer. */
export async function synthBedSliced(name: BedName, sampleRate = BED_RATE): Promise<Float32Array> {
  const steps = bedSteps(name, sampleRate);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Number of bird-call variants. */
export const BIRD_VARIANTS = 6;

/**
 * One bird call (variant `v`): a few quick chirps, each a sine sweeping down through 2.5–6 kHz with a light
 * warble; short and quiet, placed in a tree near the visitor by the mixer. Peak −12 dBFS.
 */
export function synthBird(v: number, sampleRate: number): Float32Array {
  const rand = seededRandom(900 + v);
  const chirps = 2 + Math.floor(rand() * 3);
  const gap = 0.07 + rand() * 0.08;
  const len = 0.05 + rand() * 0.06;
  const top = 3800 + rand() * 2200;
  const drop = 900 + rand() * 1400;
  const n = Math.ceil((chirps * (len + gap) + 0.05) * sampleRate);
  const out = new Float32Array(n);
  let phase = 0;
  for (let c = 0; c < chirps; c++) {
    const a = Math.floor(c * (len + gap) * sampleRate);
    const m = Math.floor(len * sampleRate);
    const lift = 1 + (rand() - 0.5) * 0.15;
    for (let i = 0; i < m; i++) {
      const u = i / m;
      const hz = (top - drop * u) * lift * (1 + 0.03 * Math.sin(2 * Math.PI * 38 * (i / sampleRate)));
      phase += (2 * Math.PI * hz) / sampleRate;
      const env = Math.sin(Math.PI * u) ** 2;
      out[a + i] = out[a + i]! + env * Math.sin(phase);
    }
  }
  const p = out.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  const g = dbToGain(-12) / (p || 1);
  for (let i = 0; i < n; i++) out[i] = out[i]! * g;
  return out;
}
