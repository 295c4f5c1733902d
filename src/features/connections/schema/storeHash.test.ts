import { describe, expect, it } from 'vitest';
import { storeHashSchema } from './common';
import { messages } from './messages';
import { normalizeStoreHash, storeHashPattern, type StoreHashSource } from './storeHash';

describe('normalizeStoreHash', () => {
  const cases: ReadonlyArray<readonly [input: string, hash: string, source: StoreHashSource, changed: boolean]> = [
    // bare hash
    ['x7kq2mfa9b', 'x7kq2mfa9b', 'hash', false],
    ['ABC123', 'ABC123', 'hash', false],
    ['  x7kq2mfa9b  ', 'x7kq2mfa9b', 'hash', false],
    ['\tx7kq2mfa9b\n', 'x7kq2mfa9b', 'hash', false],
    // quotes and brackets around it
    ['"x7kq2mfa9b"', 'x7kq2mfa9b', 'hash', true],
    ['  "x7kq2mfa9b" ', 'x7kq2mfa9b', 'hash', true],
    ["'x7kq2mfa9b'", 'x7kq2mfa9b', 'hash', true],
    ['`x7kq2mfa9b`', 'x7kq2mfa9b', 'hash', true],
    ['“x7kq2mfa9b”', 'x7kq2mfa9b', 'hash', true],
    ['<x7kq2mfa9b>', 'x7kq2mfa9b', 'hash', true],
    // API paths, v3 and v2, with and without sub-paths, scheme and query
    ['https://api.bigcommerce.com/stores/x7kq2mfa9b/v3/', 'x7kq2mfa9b', 'api-path', true],
    ['https://api.bigcommerce.com/stores/x7kq2mfa9b/v3', 'x7kq2mfa9b', 'api-path', true],
    ['https://api.bigcommerce.com/stores/x7kq2mfa9b/v2/', 'x7kq2mfa9b', 'api-path', true],
    ['https://api.bigcommerce.com/stores/x7kq2mfa9b/v3/catalog/products?limit=5', 'x7kq2mfa9b', 'api-path', true],
    ['https://api.bigcommerce.com/stores/x7kq2mfa9b/v2/orders/100/products', 'x7kq2mfa9b', 'api-path', true],
    ['http://api.bigcommerce.com/stores/x7kq2mfa9b', 'x7kq2mfa9b', 'api-path', true],
    ['api.bigcommerce.com/stores/x7kq2mfa9b/', 'x7kq2mfa9b', 'api-path', true],
    ['HTTPS://API.BIGCOMMERCE.COM/stores/x7kq2mfa9b/v3/', 'x7kq2mfa9b', 'api-path', true],
    [' "https://api.bigcommerce.com/stores/x7kq2mfa9b/v3/" ', 'x7kq2mfa9b', 'api-path', true],
    // control-panel addresses
    ['https://store-x7kq2mfa9b.mybigcommerce.com/manage', 'x7kq2mfa9b', 'control-panel', true],
    ['https://store-x7kq2mfa9b.mybigcommerce.com/manage/dashboard', 'x7kq2mfa9b', 'control-panel', true],
    ['store-x7kq2mfa9b.mybigcommerce.com', 'x7kq2mfa9b', 'control-panel', true],
    ['https://store-x7kq2mfa9b.mybigcommerce.com/?ref=x', 'x7kq2mfa9b', 'control-panel', true],
    // store context
    ['stores/x7kq2mfa9b', 'x7kq2mfa9b', 'context', true],
    ['/stores/x7kq2mfa9b/', 'x7kq2mfa9b', 'context', true],
  ];

  it.each(cases)('%j -> %s (%s)', (input, hash, source, changed) => {
    expect(normalizeStoreHash(input)).toEqual({ hash, source, changed });
  });

  it.each(['abc-123', 'abc 123', 'abc_123', 'abc$', 'https://example.com/stores/abc', 'stores/abc/v3'])(
    'leaves %j as something that is not a bare hash',
    (input) => {
      const { hash, source } = normalizeStoreHash(input);
      expect(source).toBe('hash');
      expect(storeHashPattern.test(hash)).toBe(false);
    },
  );
});

describe('storeHashSchema', () => {
  it('reduces what was pasted to the bare hash', () => {
    expect(storeHashSchema.parse('https://api.bigcommerce.com/stores/x7kq2mfa9b/v3/')).toBe('x7kq2mfa9b');
    expect(storeHashSchema.parse('https://store-x7kq2mfa9b.mybigcommerce.com/manage')).toBe('x7kq2mfa9b');
    expect(storeHashSchema.parse(' "x7kq2mfa9b" ')).toBe('x7kq2mfa9b');
  });

  it('asks for a store hash when there is none', () => {
    for (const empty of ['', '   ', '""']) {
      const result = storeHashSchema.safeParse(empty);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(messages.storeHashRequired);
    }
  });

  it.each(['abc-123', 'abc 123', 'abc$', 'https://example.com/stores/abc', 'stores/abc/v3/'])('rejects %j: letters and digits only', (input) => {
    const result = storeHashSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([messages.storeHashInvalid]);
  });
});
