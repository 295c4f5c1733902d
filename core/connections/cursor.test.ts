// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

describe('the list cursor', () => {
  it('gives back the position it was made from, in URL-safe characters', () => {
    const position = { updatedAt: '2026-03-01T10:00:00.123Z', id: 'ÿ-id/with+chars?' };
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it('refuses what it did not make', () => {
    const json = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '');
    for (const cursor of [
      'not a cursor',
      '!!!!',
      btoa('not json'),
      json(null),
      json(['2026-03-01T10:00:00.000Z', 'id']),
      json({ u: 'yesterday', i: 'id' }),
      json({ u: '2026-13-45T10:00:00.000Z', i: 'id' }),
      json({ u: '2026-03-01T10:00:00.000Z', i: '' }),
      json({ u: '2026-03-01T10:00:00.000Z', i: 7 }),
      json({ u: '2026-03-01T10:00:00.000Z', i: 'x'.repeat(129) }),
      btoa(String.fromCharCode(0xff, 0xfe)),
    ]) {
      expect(decodeCursor(cursor), cursor).toBeUndefined();
    }
  });
});
