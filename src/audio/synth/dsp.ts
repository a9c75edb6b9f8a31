/**
 * Small DSP building blocks for the exhibit's synthesised sounds (pure, no Web Audio): a seeded random source,
 * coloured noise, one-pole filters, envelopes and the crossfade that makes a noise bed loop without a seam.
 */

/** A seeded pseudo-random source in [0, 1) (mulberry32): the same sounds on every device and in every test. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** White noise in [-1, 1). */
export function whiteNoise(n: number, rand: () => number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = rand() * 2 - 1;
  return out;
}

/** Pink noise (−3 dB/octave, Paul Kellet's filter), roughly unit RMS after `normalizeRms`. */
export function pinkNoise(n: number, rand: () => number): Float32Array {
  const out = new Float32Array(n);
  let b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
  for (let i = 0; i < n; i++) {
    const w = rand() * 2 - 1;
    b0 = 0.99886 * b0 + w * 0.0555179;
    b1 = 0.99332 * b1 + w * 0.0750759;
    b2 = 0.969 * b2 + w * 0.153852;
    b3 = 0.8665 * b3 + w * 0.3104856;
    b4 = 0.55 * b4 + w * 0.5329522;
    b5 = -0.7616 * b5 - w * 0.016898;
    out[i] = b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362;
    b6 = w * 0.115926;
  }
  return out;
}

/** Brown (red) noise: integrated white noise with a slow leak (−6 dB/octave), for the sea's rumble and the hum. */
export function brownNoise(n: number, rand: () => number): Float32Array {
  const out = new Float32Array(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    y = 0.996 * y + (rand() * 2 - 1) * 0.06;
    out[i] = y;
  }
  return out;
}

/** One-pole low-pass in place (cut-off `hz`), run twice for a gentler −12 dB/octave slope. */
export function lowpass(x: Float32Array, hz: number, sampleRate: number, passes = 2): Float32Array {
  const a = Math.exp((-2 * Math.PI * hz) / sampleRate);
  for (let p = 0; p < passes; p++) {
    let y = 0;
    for (let i = 0; i < x.length; i++) {
      y = (1 - a) * x[i]! + a * y;
      x[i] = y;
    }
  }
  return x;
}

/** One-pole high-pass in place (cut-off `hz`): also the DC blocker every sound passes through. */
export function highpass(x: Float32Array, hz: number, sampleRate: number): Float32Array {
  const a = Math.exp((-2 * Math.PI * hz) / sampleRate);
  let prevX = 0;
  let y = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    y = a * (y + xi - prevX);
    prevX = xi;
    x[i] = y;
  }
  return x;
}

/** Root mean square of a buffer (or of `[from, to)`). */
export function rms(x: Float32Array, from = 0, to = x.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += x[i]! * x[i]!;
  return Math.sqrt(s / Math.max(1, to - from));
}

/** Largest absolute sample. */
export function peak(x: Float32Array): number {
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]!));
  return m;
}

/** Mean sample value (DC offset). */
export function mean(x: Float32Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]!;
  return s / Math.max(1, x.length);
}

/** Subtracts the mean (keeps a loop seamless: a constant shift moves both ends alike). */
export function removeDc(x: Float32Array): Float32Array {
  const m = mean(x);
  for (let i = 0; i < x.length; i++) x[i] = x[i]! - m;
  return x;
}

/** Scales a buffer so that its peak is `target` (linear). */
export function normalizePeak(x: Float32Array, target: number): Float32Array {
  const p = peak(x);
  if (p > 0) for (let i = 0; i < x.length; i++) x[i] = (x[i]! * target) / p;
  return x;
}

/** Scales a buffer so that its RMS is `target` (linear). */
export function normalizeRms(x: Float32Array, target: number): Float32Array {
  const r = rms(x);
  if (r > 0) for (let i = 0; i < x.length; i++) x[i] = (x[i]! * target) / r;
  return x;
}

/** Decibels (full scale) to a linear gain. */
export const dbToGain = (db: number): number => 10 ** (db / 20);
/** A linear level to decibels (full scale); −Infinity for silence. */
export const gainToDb = (g: number): number => 20 * Math.log10(g);

/**
 * Makes a loop of `n` samples from a longer buffer (`n + fade` samples or more): the first `fade` samples are an
 * equal-power crossfade from the material just after the loop's end into the start, so sample n−1 runs on into
 * sample 0 exactly as it ran on into sample n before: no step, no click, at the loop point.
 */
export function loopable(x: Float32Array, n: number, fade: number): Float32Array {
  if (x.length < n + fade) throw new Error(`loopable: need ${n + fade} samples, got ${x.length}`);
  const out = x.slice(0, n);
  for (let i = 0; i < fade; i++) {
    const w = ((i / fade) * Math.PI) / 2;
    out[i] = x[i]! * Math.sin(w) + x[n + i]! * Math.cos(w);
  }
  return out;
}

/**
 * A slow, smooth random modulation that repeats exactly every `n` samples (a sum of sines with whole cycles over
 * the loop), in [0, 1]: gusts of wind, the swell of the sea. `cycles` are the whole-cycle counts to mix.
 */
export function periodicSwell(n: number, cycles: readonly number[], rand: () => number): Float32Array {
  const out = new Float32Array(n);
  const phases = cycles.map(() => rand() * Math.PI * 2);
  const weights = cycles.map(() => 0.5 + rand());
  const total = weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (let k = 0; k < cycles.length; k++) v += weights[k]! * Math.sin((2 * Math.PI * cycles[k]! * i) / n + phases[k]!);
    out[i] = 0.5 + (0.5 * v) / total;
  }
  return out;
}
