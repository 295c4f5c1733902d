import type { Plugin } from 'vite';

/**
 * The production build's Content-Security-Policy: no inline script, no eval. The BigCommerce
 * hosts are in connect-src because the embedded backend's calls to them are checked by the
 * browser before the mock service worker answers them.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https://api.bigcommerce.com https://login.bigcommerce.com",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Adds the policy as a meta tag to the built index.html only: Vite's dev server needs inline scripts. */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}
