import { describe, expect, it } from 'vitest';
import { usageRows, waitText } from './detailsModel';

describe('the connection page’s words', () => {
  it('a wait in milliseconds, seconds or minutes', () => {
    expect(waitText(0)).toBe('none');
    expect(waitText(850)).toBe('850 ms');
    expect(waitText(1000)).toBe('1 s');
    expect(waitText(2549)).toBe('2.5 s');
    expect(waitText(65_400)).toBe('1 min 5 s');
  });

  it('usage: the longest wait only when some call waited', () => {
    const usage = { since: '2026-12-01T09:30:00.000Z', calls: 5, waited: 0, longestWaitMs: 0, absorbed429: 0, passed429: 0, errors: 0 };
    expect(usageRows(usage)[1]).toEqual({ term: 'Waited for the store’s quota', value: '0' });
    expect(usageRows({ ...usage, waited: 2, longestWaitMs: 850 })[1]).toEqual({ term: 'Waited for the store’s quota', value: '2 (the longest 850 ms)' });
  });
});
