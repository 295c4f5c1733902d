import { describe, expect, it } from 'vitest';
import { answerHeaders, upstreamHeaders } from './headers';
import { parseProxyTarget, upstreamUrl } from './target';

describe('the address of a proxied call', () => {
  it('names the connection and a path under v2 or v3, with the query as sent', () => {
    const result = parseProxyTarget('/proxy/c-1/v3/catalog/products?page=2&limit=50&keyword=a%20b');
    expect(result).toEqual({ ok: true, target: { connectionId: 'c-1', path: 'v3/catalog/products', query: '?page=2&limit=50&keyword=a%20b' } });
    if (result.ok) expect(upstreamUrl('http://127.0.0.1:4010/', 'x7kq2mfa9b', result.target)).toBe('http://127.0.0.1:4010/stores/x7kq2mfa9b/v3/catalog/products?page=2&limit=50&keyword=a%20b');
    expect(parseProxyTarget('/proxy/c-1/v2/orders').ok).toBe(true);
  });

  it.each([
    ['no version', '/proxy/c-1/catalog/products'],
    ['another version', '/proxy/c-1/v1/catalog'],
    ['nothing after the version', '/proxy/c-1/v3'],
    ['a bare version', '/proxy/c-1/v3/'],
    ['no path at all', '/proxy/c-1'],
    ['dot-dot', '/proxy/c-1/v3/../../oauth2/token'],
    ['dot-dot encoded', '/proxy/c-1/v3/%2e%2e/%2E%2e/x'],
    ['a dot segment', '/proxy/c-1/v3/./catalog'],
    ['an encoded slash', '/proxy/c-1/v3/catalog%2Fproducts'],
    ['an encoded backslash', '/proxy/c-1/v3/catalog%5cproducts'],
    ['a backslash', '/proxy/c-1/v3/catalog\\products'],
    ['an absolute URL', '/proxy/c-1/https://evil.example/v3/x'],
    ['a scheme-relative URL', '/proxy/c-1//evil.example/v3/x'],
    ['an empty segment', '/proxy/c-1/v3//catalog'],
    ['a space', '/proxy/c-1/v3/cat alog'],
    ['broken percent-encoding', '/proxy/c-1/v3/cat%zzalog'],
    ['a control character in the query', '/proxy/c-1/v3/catalog?x=\u0001'],
  ])('refuses %s', (_what, target) => {
    const result = parseProxyTarget(target);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/\w/);
  });
});

describe('the headers that cross the proxy', () => {
  it('sends up only what BigCommerce needs, with the connection’s token instead of the key', () => {
    const incoming = new Headers({
      Authorization: 'Bearer bcw_secret',
      Cookie: 'bc_wizard_session=abc',
      Host: 'proxy.example',
      'X-Forwarded-For': '10.0.0.1',
      Connection: 'keep-alive',
      'Content-Type': 'application/json',
      'If-None-Match': '"abc"',
      'X-Auth-Token': 'caller-chosen',
    });
    const sent = Object.fromEntries(upstreamHeaders(incoming, 'the-token'));
    expect(sent).toEqual({ accept: 'application/json', 'content-type': 'application/json', 'if-none-match': '"abc"', 'x-auth-token': 'the-token' });
  });

  it('sends back the type, validators and rate-limit headers, never cookies; the length only when the body is unchanged', () => {
    const upstream = new Headers({
      'Content-Type': 'application/json',
      ETag: '"v1"',
      'Set-Cookie': 'a=b',
      Server: 'nginx',
      'X-Rate-Limit-Requests-Left': '149',
      'X-Retry-After': '3',
      'Content-Length': '120',
    });
    expect(Object.fromEntries(answerHeaders(upstream))).toEqual({
      'content-type': 'application/json',
      etag: '"v1"',
      'x-rate-limit-requests-left': '149',
      'x-retry-after': '3',
      'content-length': '120',
    });
    upstream.set('Content-Encoding', 'gzip');
    expect(answerHeaders(upstream).has('content-length')).toBe(false);
  });
});
