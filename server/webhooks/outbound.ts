// Where a webhook may be sent, and the sending itself. A server that sends requests to addresses
// people type must not be turned against its own network: only https, never a private, loopback
// or link-local address (checked at save and again at connect time, after DNS, so a name that
// later resolves elsewhere gains nothing), no redirects, 10 seconds, 1 kB of the answer kept.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

export const SEND_TIMEOUT_MS = 10_000;
export const KEPT_ANSWER_BYTES = 1024;

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** True for an address a webhook must not reach: private, loopback, link-local, and the like. */
export function isBlockedAddress(address: string): boolean {
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is that IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return blocked.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export interface OutboundRules {
  /** WEBHOOKS_ALLOW_PRIVATE: http:// and private addresses allowed. */
  readonly allowPrivate: boolean;
}

const refusedMessage = (address: string) =>
  `This address leads to ${address}, a private, loopback or link-local address, which webhooks may not reach. Use a public https:// address.`;

/** Why `url` may not receive webhooks, or undefined when it may; resolves its host name to tell. */
export async function endpointProblem(url: string, rules: OutboundRules): Promise<string | undefined> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && !rules.allowPrivate) return 'Use an https:// address: events carry your connections\' details and are not sent in clear.';
  if (rules.allowPrivate) return undefined;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isBlockedAddress(host) ? refusedMessage(host) : undefined;
  let addresses: dns.LookupAddress[];
  try {
    addresses = await dns.promises.lookup(host, { all: true });
  } catch {
    return `The host name ${host} does not resolve. Check the address.`;
  }
  const bad = addresses.find((entry) => isBlockedAddress(entry.address));
  return bad ? refusedMessage(bad.address) : undefined;
}

/** A DNS lookup that refuses, at connect time, a name resolving to a blocked address. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const bad = addresses.find((entry) => isBlockedAddress(entry.address));
    if (bad) return callback(Object.assign(new Error(refusedMessage(bad.address)), { code: 'EBLOCKED' }), '', 0);
    if (options.all) return (callback as unknown as (error: null, all: dns.LookupAddress[]) => void)(null, addresses);
    const first = addresses[0];
    return first ? callback(null, first.address, first.family) : callback(new Error(`${hostname} has no address`), '', 0);
  });
};

export interface SendResult {
  /** The receiver's status, or null when it did not answer. */
  readonly status: number | null;
  readonly error: string | null;
  readonly durationMs: number;
  /** At most 1 kB of the answer, as text. */
  readonly excerpt: string | null;
}

/** POSTs `body` with `headers`; never follows a redirect (a 3xx is a failure like any non-2xx). */
export function sendWebhook(url: string, body: string, headers: Record<string, string>, rules: OutboundRules, timeoutMs = SEND_TIMEOUT_MS): Promise<SendResult> {
  const started = performance.now();
  const done = (result: Omit<SendResult, 'durationMs'>): SendResult => ({ ...result, durationMs: Math.round(performance.now() - started) });
  return new Promise((resolve) => {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^\[|\]$/g, '');
    if (!rules.allowPrivate && (parsed.protocol !== 'https:' || (isIP(host) && isBlockedAddress(host)))) {
      return resolve(done({ status: null, error: parsed.protocol !== 'https:' ? 'Only https:// addresses are sent to.' : refusedMessage(host), excerpt: null }));
    }
    const transport = parsed.protocol === 'https:' ? https : http;
    const request = transport.request(
      parsed,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), 'User-Agent': 'bigcommerce-connections-webhooks', ...headers },
        timeout: timeoutMs,
        ...(rules.allowPrivate ? {} : { lookup: guardedLookup }),
      },
      (response) => {
        const kept: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size < KEPT_ANSWER_BYTES) kept.push(chunk.subarray(0, KEPT_ANSWER_BYTES - size));
          size += chunk.length;
          // Enough kept: the rest is not read.
          if (size >= KEPT_ANSWER_BYTES) response.destroy();
        });
        const finish = () => {
          const status = response.statusCode ?? null;
          const ok = status !== null && status >= 200 && status < 300;
          resolve(done({ status, error: ok ? null : `The endpoint answered ${status}${status !== null && status >= 300 && status < 400 ? ' (a redirect, which is not followed)' : ''}.`, excerpt: Buffer.concat(kept).toString('utf8') }));
        };
        response.on('end', finish);
        response.on('close', finish);
      },
    );
    const deadline = setTimeout(() => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })), timeoutMs);
    request.on('close', () => clearTimeout(deadline));
    request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    request.on('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'ETIMEDOUT' ? `No answer within ${timeoutMs / 1000} seconds.` : error.code === 'EBLOCKED' ? error.message : `The endpoint could not be reached (${error.code ?? error.message}).`;
      resolve(done({ status: null, error: reason, excerpt: null }));
    });
    request.end(body);
  });
}
