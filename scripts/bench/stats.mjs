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
