import { redirectUrl } from './RedirectUrlField';

afterEach(() => document.head.querySelector('meta[name="bc-public-url"]')?.remove());

describe('the Redirect URL', () => {
  it("is this page's origin plus /oauth/callback when the page names no public URL (the embedded demo)", () => {
    expect(redirectUrl()).toBe(`${window.location.origin}/oauth/callback`);
  });

  it('is PUBLIC_URL plus /oauth/callback when the server names it in the page', () => {
    const meta = document.createElement('meta');
    meta.name = 'bc-public-url';
    meta.content = 'https://wizard.example.com';
    document.head.append(meta);
    expect(redirectUrl()).toBe('https://wizard.example.com/oauth/callback');
  });
});
