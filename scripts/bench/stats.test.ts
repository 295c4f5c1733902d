import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the bench, without types
import { median, percentile, resampledComparison, round } from './stats.mjs';

const steady = (value: number, count: number) => Array.from({ length: count }, (_, i) => value + (i % 5) * 0.5);

describe('resampledComparison', () => {
  it('brackets the figures of the samples, and gives the same intervals each time', () => {
    const page = steady(14, 150);
    const base = steady(12, 150);
    const result = resampledComparison(page, base);
    // The intervals are rounded as the bench prints them.
    const over = round(median(page) - median(base), 1);
    const ratio = round(percentile(page, 95) / percentile(base, 95), 2);
    expect(result.medianOverMs[0]).toBeLessThanOrEqual(over);
    expect(result.medianOverMs[1]).toBeGreaterThanOrEqual(over);
    expect(result.p95Ratio[0]).toBeLessThanOrEqual(ratio);
    expect(result.p95Ratio[1]).toBeGreaterThanOrEqual(ratio);
    expect(resampledComparison(page, base)).toEqual(result);
  });

  it('is wide for a few scattered keystrokes and narrow for many steady ones', () => {
    const scattered = resampledComparison([10, 30, 12, 25, 11], [10, 28, 13, 24, 12]);
    const steadyOnes = resampledComparison(steady(12, 300), steady(12, 300));
    expect(scattered.p95Ratio[1] - scattered.p95Ratio[0]).toBeGreaterThan(0.2);
    expect(steadyOnes.p95Ratio[1] - steadyOnes.p95Ratio[0]).toBeLessThan(0.05);
    expect(steadyOnes.medianOverMs).toEqual([0, 0]);
  });

  it('has nothing to say without keystrokes on both pages', () => {
    expect(resampledComparison([], [12])).toBeNull();
    expect(resampledComparison([12, null], [])).toBeNull();
  });
});
