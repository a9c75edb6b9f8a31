/** Small numeric and waiting helpers of the benchmark. */

/** Median of the finite numbers in `xs`, or null when there are none. */
export const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

/** Nearest-rank percentile. */
export const percentile = (xs, p) => {
  const v = [...xs].sort((a, b) => a - b);
  if (!v.length) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
};

/** Median of each numeric leaf across runs; other leaves are taken from the first run. */
export function medianOf(list) {
  const first = list[0];
  if (typeof first === 'number') return median(list);
  if (Array.isArray(first) || first === null || typeof first !== 'object') return first;
  const out = {};
  for (const k of Object.keys(first)) out[k] = medianOf(list.map((x) => x?.[k]));
  return out;
}

/** Median and p95 of the intervals between consecutive recorded frames that each drew something. */
export function frameTimes(rec) {
  const intervals = [];
  let idle = 0;
  for (let i = 1; i < rec.length; i++) {
    const [t0, d0] = rec[i - 1];
    const [t1, d1] = rec[i];
    if (d1 > d0) intervals.push(t1 - t0);
    else idle++;
  }
  const allocations = rec.length ? rec[rec.length - 1][2] - rec[0][2] : 0;
  return { frames: intervals.length, idleFrames: idle, median: median(intervals), p95: percentile(intervals, 95), textureAllocations: allocations };
}

/** Reads until `ok(value)`, every 100 ms, for at most `timeout` ms. */
export async function pollUntil(read, ok, what, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
