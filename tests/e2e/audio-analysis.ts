/** Measurements of rendered sounds (pure, Node): peak, DC offset, the step at a loop point, loudness, WAV output. */

/** Decibels full scale of a linear level. */
export const dbfs = (v: number): number => 20 * Math.log10(Math.max(v, 1e-12));

/** Largest absolute sample over all channels, in dBFS. */
export function peakDb(channels: Float32Array[]): number {
  let m = 0;
  for (const c of channels) for (let i = 0; i < c.length; i++) m = Math.max(m, Math.abs(c[i]!));
  return dbfs(m);
}

/** Largest absolute mean over the channels (DC offset, linear). */
export function dcOffset(channels: Float32Array[]): number {
  let worst = 0;
  for (const c of channels) {
    let s = 0;
    for (let i = 0; i < c.length; i++) s += c[i]!;
    worst = Math.max(worst, Math.abs(s / c.length));
  }
  return worst;
}

/** RMS over all channels in dBFS (of `[from, to)` samples). */
export function rmsDb(channels: Float32Array[], from = 0, to = channels[0]!.length): number {
  let s = 0;
  let n = 0;
  for (const c of channels) for (let i = from; i < to; i++, n++) s += c[i]! * c[i]!;
  return dbfs(Math.sqrt(s / Math.max(1, n)));
}

/** The loudest window of `windowS` seconds (RMS, dBFS): how loud a short sound is while it sounds. */
export function loudestWindowDb(channels: Float32Array[], sampleRate: number, windowS = 0.02): number {
  const w = Math.max(1, Math.round(windowS * sampleRate));
  const len = channels[0]!.length;
  let best = -Infinity;
  for (let a = 0; a + w <= len; a += Math.max(1, w >> 2)) best = Math.max(best, rmsDb(channels, a, a + w));
  return best;
}

/**
 * The step at sample `at` against the steps around it: |x[at] − x[at−1]| divided by the RMS of the sample-to-sample
 * steps in the 50 ms either side (the seam itself left out). A click at a loop point is a step far above its
 * surroundings (≫ 5); a seamless join is an ordinary step (≈ 1).
 */
export function seamRatio(channels: Float32Array[], sampleRate: number, at: number): number {
  const half = Math.round(0.05 * sampleRate);
  let worst = 0;
  for (const c of channels) {
    let s = 0;
    let n = 0;
    for (let i = Math.max(1, at - half); i < Math.min(c.length, at + half); i++) {
      if (Math.abs(i - at) <= 2) continue;
      const d = c[i]! - c[i - 1]!;
      s += d * d;
      n++;
    }
    const typical = Math.sqrt(s / Math.max(1, n)) || 1e-12;
    // The join may land a sample either side of `at` after resampling: the largest step within ±2 samples.
    let step = 0;
    for (let i = at - 2; i <= at + 2; i++) if (i >= 1 && i < c.length) step = Math.max(step, Math.abs(c[i]! - c[i - 1]!));
    worst = Math.max(worst, step / typical);
  }
  return worst;
}

/** A 16-bit PCM WAV file of the channels. */
export function wav(channels: Float32Array[], sampleRate: number): Buffer {
  const n = channels[0]!.length;
  const ch = channels.length;
  const buf = Buffer.alloc(44 + n * ch * 2);
  buf.write('RIFF', 0);
  buf.writeUInt32LE(36 + n * ch * 2, 4);
  buf.write('WAVEfmt ', 8);
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20);
  buf.writeUInt16LE(ch, 22);
  buf.writeUInt32LE(sampleRate, 24);
  buf.writeUInt32LE(sampleRate * ch * 2, 28);
  buf.writeUInt16LE(ch * 2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36);
  buf.writeUInt32LE(n * ch * 2, 40);
  for (let i = 0; i < n; i++)
    for (let c = 0; c < ch; c++) buf.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(channels[c]![i]! * 32767))), 44 + (i * ch + c) * 2);
  return buf;
}
