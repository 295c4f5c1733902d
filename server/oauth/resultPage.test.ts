// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resultPage } from './resultPage';

const hostile = '</script><script>alert(1)</script><b>"x"</b>';

describe('the callback result page', () => {
  it('keeps a hostile connection name as text: in the JSON for the opener and in the page', () => {
    const page = resultPage({
      ok: true,
      connection: {
        id: 'c1',
        name: hostile,
        authType: 'oauth2',
        storeHash: 'x7kq2mfa9b',
        oauthClientId: 'demo',
        scopes: [],
        status: { state: 'authorized' },
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    });
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('\\u003c/script>');
    expect(page).toContain('href="/connections/c1/edit"');
  });

  it('after an external install links on to BigCommerce, and says what failed', () => {
    const page = resultPage({ ok: false, reason: 'invalid_grant', message: 'This authorization code was already used.' }, 'https://login.example/app/x/install/failed');
    expect(page).toContain('<h1>Authorization failed</h1>');
    expect(page).toContain('This authorization code was already used.');
    expect(page).toContain('<a href="/">Back to your connections</a> · <a href="https://login.example/app/x/install/failed">Continue to BigCommerce</a>');
    expect(resultPage({ ok: false, reason: 'unknown_state', message: 'No authorization is waiting.' })).toContain('<a href="/">Back to your connections</a>');
  });
});
