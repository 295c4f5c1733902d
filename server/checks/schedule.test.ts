import { describe, expect, it } from 'vitest';
import { nextCheckDelay } from './schedule';

const middle = () => 0.5;

describe('when a connection is checked next', () => {
  it('is one interval while it works and after its first failure', () => {
    expect(nextCheckDelay(10_000, 0, middle)).toBe(10_000);
    expect(nextCheckDelay(10_000, 1, middle)).toBe(10_000);
  });

  it('doubles with each further failure, up to an hour: a connection failing for a day is checked hourly, not every 10 s', () => {
    expect([2, 3, 4, 5].map((failures) => nextCheckDelay(10_000, failures, middle))).toEqual([20_000, 40_000, 80_000, 160_000]);
    expect(nextCheckDelay(10_000, 200, middle)).toBe(3_600_000);
  });

  it('never backs off below an interval longer than an hour', () => {
    expect(nextCheckDelay(4 * 3_600_000, 9, middle)).toBe(4 * 3_600_000);
  });

  it('spreads checks by ±10 %', () => {
    expect(nextCheckDelay(60_000, 0, () => 0)).toBe(54_000);
    expect(nextCheckDelay(60_000, 0, () => 0.999999)).toBe(66_000);
  });
});
