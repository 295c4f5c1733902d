// @vitest-environment node
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { endpointProblem, isBlockedAddress, sendWebhook } from './outbound';

describe('the addresses a webhook may not reach', () => {
  it.each(['10.0.0.1', '172.16.5.4', '192.168.1.1', '127.0.0.1', '127.8.9.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fe80::1', 'fd12::1', '::ffff:10.0.0.1', '::ffff:127.0.0.1'])('refuses %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '151.101.1.140', '2606:4700::6810:85e5'])('allows the public %s', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });

  it('refuses, at save, http and names that resolve to a private address; allows both with WEBHOOKS_ALLOW_PRIVATE', async () => {
    const strict = { allowPrivate: false };
    expect(await endpointProblem('http://93.184.216.34/in', strict)).toMatch(/https:\/\//);
    expect(await endpointProblem('https://localhost/in', strict)).toMatch(/127\.0\.0\.1|::1/);
    expect(await endpointProblem('https://93.184.216.34/in', strict)).toBeUndefined();
    expect(await endpointProblem('http://localhost/in', { allowPrivate: true })).toBeUndefined();
  });
});

describe('sending a webhook', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  async function endpoint(answer: (response: import('node:http').ServerResponse) => void) {
    let hits = 0;
    const server = createServer((_request, response) => {
      hits += 1;
      answer(response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stops.push(() => server.close());
    return { port: (server.address() as AddressInfo).port, hits: () => hits };
  }

  it('never follows a redirect: a 3xx is a failure, and its target never hears of it', async () => {
    const target = await endpoint((response) => response.writeHead(200).end());
    const redirect = await endpoint((response) => response.writeHead(307, { Location: `http://127.0.0.1:${target.port}/in` }).end());
    const result = await sendWebhook(`http://127.0.0.1:${redirect.port}/in`, '{}', {}, { allowPrivate: true });
    expect(result).toMatchObject({ status: 307, error: expect.stringContaining('not followed') });
    expect(target.hits()).toBe(0);
  });

  it('checks the address again when it connects, after DNS: a name that resolves to loopback is refused, unsent', async () => {
    const local = await endpoint((response) => response.writeHead(200).end());
    const result = await sendWebhook(`https://localhost:${local.port}/in`, '{}', {}, { allowPrivate: false });
    expect(result.status).toBeNull();
    expect(result.error).toMatch(/private, loopback or link-local/);
    expect(local.hits()).toBe(0);
  });

  // A receiver that keeps the connection busy with informational answers is cut off all the same.
  it.each([
    ['never answers', () => undefined],
    ['sends "102 Processing" every 50 ms and never a final answer', (response: import('node:http').ServerResponse) => {
      const drip = setInterval(() => response.writeProcessing(), 50);
      response.on('close', () => clearInterval(drip));
    }],
  ])('gives up on a receiver that %s at the time limit', async (_what, answer) => {
    const hanging = await endpoint(answer);
    const result = await sendWebhook(`http://127.0.0.1:${hanging.port}/in`, '{}', {}, { allowPrivate: true }, 300);
    expect(result).toMatchObject({ status: null, error: 'No answer within 0.3 seconds.' });
    expect(result.durationMs).toBeGreaterThanOrEqual(290);
    expect(result.durationMs).toBeLessThan(3_000);
  });

  it('keeps at most 1 kB of the answer', async () => {
    const chatty = await endpoint((response) => response.writeHead(200).end('x'.repeat(10_000)));
    const result = await sendWebhook(`http://127.0.0.1:${chatty.port}/in`, '{}', {}, { allowPrivate: true });
    expect(result.status).toBe(200);
    expect(result.excerpt).toHaveLength(1024);
  });
});
