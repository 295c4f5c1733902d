import type { MiddlewareHandler } from 'hono';
import { setOnAnswer } from './answerHeaders';
import { contentSecurityPolicy } from '../../csp.config';

/** The pages BigCommerce shows in its control panel's frame: the auth and load callbacks. */
const framedByBigCommerce = new Set(['/oauth/callback', '/oauth/load']);

/**
 * The build's Content-Security-Policy on every answer, with `connect-src` narrowed to this origin
 * (the server calls BigCommerce, the page never does) and `frame-ancestors`: nobody may frame a
 * page but BigCommerce, and it only the callbacks.
 */
export function securityHeaders(loginUrl: string): MiddlewareHandler {
  const bigCommerceFrames = `https://*.bigcommerce.com ${new URL(loginUrl).origin}`;
  const policy = contentSecurityPolicy.replace(/connect-src [^;]+/, "connect-src 'self'");
  return async (c, next) => {
    await next();
    const framed = framedByBigCommerce.has(c.req.path);
    const headers: [string, string][] = [
      ['Content-Security-Policy', `${policy}; frame-ancestors ${framed ? bigCommerceFrames : "'none'"}`],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'no-referrer'],
    ];
    if (!framed) headers.push(['X-Frame-Options', 'DENY']);
    setOnAnswer(c, headers);
  };
}
