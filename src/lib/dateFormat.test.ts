import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateFormat } from './dateFormat';

const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' };

describe('dateFormat', () => {
  afterEach(() => vi.restoreAllMocks());

  it('builds no Intl.DateTimeFormat until the first date is formatted, then reuses the one it built', () => {
    const Real = Intl.DateTimeFormat;
    const expected = new Real('en', options).format(new Date('2026-11-30T15:04:00Z'));
    let built = 0;
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args: ConstructorParameters<typeof Real>) {
      built += 1;
      return new Real(...args);
    } as unknown as typeof Real);

    const format = dateFormat('en', options);
    expect(built).toBe(0);
    expect(format.format(new Date('2026-11-30T15:04:00Z'))).toBe(expected);
    format.format(new Date('2026-12-01T00:00:00Z'));
    expect(built).toBe(1);
  });
});
