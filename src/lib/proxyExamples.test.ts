import { describe, expect, it } from 'vitest';
import { curlExample, fetchExample, proxyUrl } from './proxyExamples';

const origin = 'https://wizard.example.com';

describe('proxy examples', () => {
  it('the proxy URL is the origin, /proxy/ and the connection ID, encoded', () => {
    expect(proxyUrl(origin, 'c_123')).toBe('https://wizard.example.com/proxy/c_123/');
    expect(proxyUrl(origin, 'a/b c')).toBe('https://wizard.example.com/proxy/a%2Fb%20c/');
  });

  it('curl reads the key from $BCW_KEY unless given one, and lists five products', () => {
    expect(curlExample(origin, 'c_123')).toBe(
      'curl -H "Authorization: Bearer $BCW_KEY" "https://wizard.example.com/proxy/c_123/v3/catalog/products?limit=5"',
    );
    expect(curlExample(origin, 'c_123', 'bcw_secret')).toBe(
      'curl -H "Authorization: Bearer bcw_secret" "https://wizard.example.com/proxy/c_123/v3/catalog/products?limit=5"',
    );
  });

  it('fetch sends the same call with the key from the environment', () => {
    const example = fetchExample(origin, 'c_123');
    expect(example).toContain("fetch('https://wizard.example.com/proxy/c_123/v3/catalog/products?limit=5'");
    expect(example).toContain('Authorization: `Bearer ${process.env.BCW_KEY}`');
    expect(example).not.toContain('bcw_');
  });
});
