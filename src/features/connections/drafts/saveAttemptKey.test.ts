import { describe, expect, it } from 'vitest';
import { createSaveAttemptKey } from './saveAttemptKey';

describe('createSaveAttemptKey', () => {
  it('keeps one key for a series of attempts and starts a new one after reset', () => {
    let n = 0;
    const attempt = createSaveAttemptKey(() => `key-${++n}`);
    expect(attempt.current()).toBe('key-1');
    expect(attempt.current()).toBe('key-1');
    attempt.reset();
    expect(attempt.current()).toBe('key-2');
  });

  it('makes UUIDs by default', () => {
    expect(createSaveAttemptKey().current()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
