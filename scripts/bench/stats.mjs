/** Small statistics helpers: the benchmark reports medians and 95th percentiles. */

/** The p-th percentile (0..100) by linear interpolation between closest ranks; null when empty. */
export function percentile(values, p) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export const median = (values) => percentile(values, 50);

export const round = (value, digits = 1) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));

/** A seeded pseudo-random generator (mulberry32): the same intervals for the same figures. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 95 % intervals, by resampling each page's keystrokes with replacement (percentile bootstrap), of
 * `page`'s median minus `base`'s and of `page`'s p95 over `base`'s: how far the figures of one run
 * can move by chance alone. Keystrokes are resampled one by one, as if independent.
 */
export function resampledComparison(page, base, { draws = 2000, seed = 1 } = {}) {
  const clean = (values) => values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  const a = clean(page);
  const b = clean(base);
  if (a.length === 0 || b.length === 0) return null;
  const random = seeded(seed);
  const draw = (values) => Array.from(values, () => values[Math.floor(random() * values.length)]);
  const medianOver = [];
  const p95Ratio = [];
  for (let i = 0; i < draws; i += 1) {
    const x = draw(a);
    const y = draw(b);
    medianOver.push(median(x) - median(y));
    p95Ratio.push(percentile(x, 95) / percentile(y, 95));
  }
  const interval = (values, digits) => [round(percentile(values, 2.5), digits), round(percentile(values, 97.5), digits)];
  return { medianOverMs: interval(medianOver, 1), p95Ratio: interval(p95Ratio, 2) };
}
