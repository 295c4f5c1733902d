// @vitest-environment node
import { jwtVerify } from 'jose';
import { plumtreeOutfitters } from '../../fixtures/bigcommerce';
import { badSignedPayloadJwt, SIGNED_PAYLOAD_LIFETIME_S, signedPayloadJwt, type SignedPayloadFlaw } from './index';
import { callStore, demoApp, exchange, install, startHttpSimulator } from './testing';

const simulator = startHttpSimulator();
const secret = new TextEncoder().encode(demoApp.clientSecret);
const asTheApp = { audience: demoApp.clientId, issuer: 'bc', algorithms: ['HS256'] };
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

describe('signed_payload_jwt', () => {
  it("verifies with the client secret and carries BigCommerce's claims", async () => {
    const jwt = await signedPayloadJwt({ app: demoApp, storeHash: 'x7kq2mfa9b', now: NOW });
    const { payload, protectedHeader } = await jwtVerify(jwt, secret, { ...asTheApp, currentDate: new Date(NOW + 60_000) });
    expect(protectedHeader.alg).toBe('HS256');
    const iat = NOW / 1000;
    expect(payload).toEqual({
      aud: demoApp.clientId,
      iss: 'bc',
      iat,
      nbf: iat,
      exp: iat + SIGNED_PAYLOAD_LIFETIME_S,
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
      sub: 'stores/x7kq2mfa9b',
      user: { id: plumtreeOutfitters.owner.id, email: plumtreeOutfitters.owner.email, locale: 'en-US' },
      owner: { id: plumtreeOutfitters.owner.id, email: plumtreeOutfitters.owner.email },
      url: '/',
      channel_id: null,
    });
  });

  it.each<[SignedPayloadFlaw, RegExp]>([
    ['expired', /"exp" claim timestamp check failed/],
    ['not-yet-valid', /"nbf" claim timestamp check failed/],
    ['wrong-secret', /signature verification failed/],
    ['wrong-audience', /unexpected "aud" claim value/],
    ['wrong-issuer', /unexpected "iss" claim value/],
  ])('a deliberately %s payload fails verification', async (flaw, message) => {
    const jwt = await badSignedPayloadJwt(flaw, { app: demoApp, storeHash: 'x7kq2mfa9b' });
    await expect(jwtVerify(jwt, secret, asTheApp)).rejects.toThrow(message);
  });
});

describe('load and uninstall', () => {
  it('GET /app/{client ID}/load?store= sends the browser to the load callback with a valid payload', async () => {
    const response = await fetch(`${simulator.url}/app/${demoApp.clientId}/load?store=ratelimit1`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('Location')!);
    expect(location.origin + location.pathname).toBe(`${simulator.appUrl}/oauth/load`);
    const { payload } = await jwtVerify(location.searchParams.get('signed_payload_jwt')!, secret, asTheApp);
    expect(payload.sub).toBe('stores/ratelimit1');
    expect((await fetch(`${simulator.url}/app/${demoApp.clientId}/load?store=abc123`, { redirect: 'manual' })).status).toBe(404);
  });

  it('GET /app/{client ID}/uninstall shows a form with the store choice', async () => {
    const html = await (await fetch(`${simulator.url}/app/${demoApp.clientId}/uninstall?store=outage5000`)).text();
    expect(html).toContain('<h1>Uninstall BigCommerce demo app</h1>');
    expect(html).toContain('<option value="outage5000" selected>');
  });

  it("POST uninstall revokes the app's token and calls the uninstall callback from the server", async () => {
    const query = await install(simulator);
    const { access_token: token } = (await (await exchange(simulator, query)).json()) as { access_token: string };
    expect((await callStore(simulator, 'x7kq2mfa9b', '/v2/store', token)).status).toBe(200);

    const response = await fetch(`${simulator.url}/app/${demoApp.clientId}/uninstall?store=x7kq2mfa9b`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('answered HTTP 200');
    expect(simulator.appCalls.map((call) => call.pathname)).toEqual(['/oauth/uninstall']);
    const { payload } = await jwtVerify(simulator.appCalls[0]!.searchParams.get('signed_payload_jwt')!, secret, asTheApp);
    expect(payload.sub).toBe('stores/x7kq2mfa9b');
    expect((await callStore(simulator, 'x7kq2mfa9b', '/v2/store', token)).status).toBe(401);
  });
});
