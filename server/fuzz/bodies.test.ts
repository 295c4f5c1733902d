// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bentBodies, jsonText, JsonObject, RawNumber } from './bodies';

describe('jsonText', () => {
  it('writes what a JavaScript object cannot hold: a key twice, __proto__ of its own, numbers as given', () => {
    const text = jsonText(new JsonObject([['name', 'a'], ['__proto__', new JsonObject([['polluted', true]])], ['name', 'b'], ['n', new RawNumber('1e400')]]));
    expect(text).toBe('{"name":"a","__proto__":{"polluted":true},"name":"b","n":1e400}');
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['name', '__proto__', 'n']);
    expect(parsed.name).toBe('b');
    expect(parsed.n).toBe(Infinity);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('escapes half a surrogate pair, so it reaches the server as sent (UTF-8 has no form for it)', () => {
    const text = jsonText(new JsonObject([['name', 'a\ud800b']]));
    expect(text).toBe('{"name":"a\\ud800b"}');
    expect((JSON.parse(text) as { name: string }).name).toBe('a\ud800b');
  });
});

describe('bentBodies', () => {
  const valid = fc.record({ name: fc.constantFrom('Caf\u00e9 store', 'Main'), authType: fc.constant('token'), scopes: fc.constant(['store_v2_orders']) });
  const bodies = fc.sample(bentBodies(valid), { seed: 25, numRuns: 2000 });
  const share = (test: (body: string) => boolean) => bodies.filter(test).length / bodies.length;
  const decoded = new Map(
    bodies.map((body) => {
      try {
        return [body, JSON.parse(body) as unknown];
      } catch {
        return [body, undefined];
      }
    }),
  );
  const parsed = (body: string): unknown => decoded.get(body);
  const asObject = (body: string) => {
    const value = parsed(body);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  };

  it.each([
    ['the valid body as it is', (body: string) => /^\{"name":"(Café store|Main)","authType":"token","scopes":\["store_v2_orders"\]\}$/.test(body)],
    ['a key twice', (body: string) => (body.match(/"name":/g) ?? []).length > 1 || (body.match(/"authType":/g) ?? []).length > 1],
    ['a __proto__ key', (body: string) => body.includes('"__proto__":')],
    ['a constructor key', (body: string) => body.includes('"constructor":')],
    ['a field missing', (body: string) => { const object = asObject(body); return !!object && !('authType' in object); }],
    ['a field of the wrong type', (body: string) => { const object = asObject(body); return !!object && object.name !== undefined && typeof object.name !== 'string'; }],
    ['a number past double precision', (body: string) => /1e400|123456789012345678901234567890/.test(body)],
    ['nesting a thousand deep', (body: string) => body.includes('['.repeat(1000)) || body.includes('{"a":'.repeat(1000))],
    ['a string of 4096 characters or more', (body: string) => /"[^"]{4096,}"/.test(body)],
    ['a C0 control character', (body: string) => /\\u00[01][0-9a-f]|\\[bfnrt]/.test(body)],
    ['DEL or a C1 control character', (body: string) => /[\u007f-\u009f]/.test(body)],
    ['half a surrogate pair', (body: string) => /\\ud[89a-f][0-9a-f]{2}/.test(body)],
    ['a right-to-left override', (body: string) => body.includes('\u202e')],
    ['a decomposed (NFD) name', (body: string) => body.includes('e\u0301')],
    ['not an object at all', (body: string) => asObject(body) === undefined],
    ['not JSON at all', (body: string) => parsed(body) === undefined],
  ])('sends %s', (_what, test) => {
    expect(share(test)).toBeGreaterThan(0.001);
  });

  it('stays within the 64 kB a request may carry, nearly always', () => {
    expect(share((body) => Buffer.byteLength(body) > 64 * 1024)).toBeLessThan(0.02);
  });
});
