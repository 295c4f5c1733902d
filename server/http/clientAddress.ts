import { isIP } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import type { ServerEnv } from './requestLog';

/**
 * The client's address. With no proxy declared (TRUST_PROXY=0) it is the connection's: the
 * X-Forwarded-For header is anybody's to write. Behind `trustedProxies` reverse proxies, each of
 * which appends the address it was reached from, the client is the entry `trustedProxies` from the
 * right; the entries left of it were written by the client and are ignored. A header with fewer
 * entries than that, or a chosen entry that is not an IP address, did not come through every
 * proxy declared: nothing in it is vouched for, so the connection's address is used.
 */
export function clientAddressFrom(socketAddress: string, forwardedFor: string | undefined, trustedProxies: number): string {
  if (trustedProxies === 0 || !forwardedFor) return socketAddress;
  const entries = forwardedFor.split(',').map((entry) => entry.trim());
  const chosen = entries.length >= trustedProxies ? entries[entries.length - trustedProxies] : undefined;
  return chosen && isIP(chosen) !== 0 ? chosen : socketAddress;
}

function socketAddressOf(env: unknown): string {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/** Works out each request's client address once, for the rate limit and the sign-in throttle alike. */
export function resolveClientAddress(trustedProxies: number): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    c.set('clientAddress', clientAddressFrom(socketAddressOf(c.env), c.req.header('x-forwarded-for'), trustedProxies));
    await next();
  };
}

/** The address resolveClientAddress found; the connection's on an app without it. */
export function clientAddress(c: Context<ServerEnv>): string {
  return c.get('clientAddress') ?? socketAddressOf(c.env);
}
