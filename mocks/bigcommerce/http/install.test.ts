// @vitest-environment node
import { plumtreeOutfitters } from '../../fixtures/bigcommerce';
import { callStore, demoApp, exchange, install, postInstall, simulatorPage, startHttpSimulator } from './testing';

const simulator = startHttpSimulator();
const installPath = `/app/${demoApp.clientId}/install`;

const page = (path: string) => simulatorPage(simulator, path);

describe('the install page', () => {
  it('names the app, offers the demo stores (Plumtree first) and lists the scopes by their BigCommerce names', async () => {
    const { response, document } = await page(installPath);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Install BigCommerce demo app | BigCommerce');
    expect(document.querySelector('h1')?.textContent).toBe('Install BigCommerce demo app');
    const select = document.querySelector('select')!;
    expect(document.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Store');
    expect([...select.querySelectorAll('option')].map((option) => option.value)).toEqual(['x7kq2mfa9b', 'ratelimit1', 'outage5000']);
    expect(select.value).toBe('x7kq2mfa9b');
    const scopes = document.querySelector('ul')!;
    expect(document.getElementById(scopes.getAttribute('aria-labelledby')!)?.textContent).toBe('This app will be able to');
    expect([...scopes.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['Information & Settings: Read-only', 'Products: Modify']);
    expect([...document.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Install', 'Cancel']);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect((await fetch(`${simulator.url}/assets/simulator.css`)).headers.get('Content-Type')).toContain('text/css');
  });

  it('preselects the store of ?store= and says so when the account has no such store', async () => {
    expect((await page(`${installPath}?store=ratelimit1`)).document.querySelector('select')?.value).toBe('ratelimit1');
    const { document } = await page(`${installPath}?store=abc123`);
    expect(document.getElementById('store-help')?.textContent).toContain('store abc123, which is not in this BigCommerce account');
  });

  it('answers 404 for a client ID no app has', async () => {
    const { response, document } = await page('/app/unknownclient1/install');
    expect(response.status).toBe(404);
    expect(document.querySelector('h1')?.textContent).toBe('This app is not known to BigCommerce');
  });

  it('Install sends the browser to the auth callback, marked external_install for the bare install link', async () => {
    const response = await postInstall(simulator, { store: 'x7kq2mfa9b', action: 'install' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('Location')!);
    expect(location.origin + location.pathname).toBe(`${simulator.appUrl}/oauth/callback`);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      code: expect.stringMatching(/^[a-z0-9]{16}$/),
      scope: 'store_v2_information_read_only store_v2_products store_v2_default users_basic_information',
      context: 'stores/x7kq2mfa9b',
      account_uuid: plumtreeOutfitters.accountUuid,
      external_install: '1',
    });
  });

  it('an install from the control panel (?from=control-panel) carries no external_install', async () => {
    const { document } = await page(`${installPath}?from=control-panel`);
    expect(document.querySelector('input[type="hidden"][name="from"]')?.getAttribute('value')).toBe('control-panel');
    expect((await install(simulator, 'ratelimit1', { from: 'control-panel' })).has('external_install')).toBe(false);
  });

  it('the code is exchanged once for a token that reads /v2/store; a second exchange is invalid_grant', async () => {
    const query = await install(simulator);
    const first = await exchange(simulator, query);
    expect(first.status).toBe(200);
    const body = (await first.json()) as { access_token: string; context: string };
    expect(body.context).toBe('stores/x7kq2mfa9b');
    expect((await callStore(simulator, 'x7kq2mfa9b', '/v2/store', body.access_token)).status).toBe(200);
    const second = await exchange(simulator, query);
    expect(second.status).toBe(400);
    expect(await second.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('the token endpoint refuses a redirect_uri other than the registered auth callback', async () => {
    const response = await exchange(simulator, await install(simulator), { redirect_uri: 'http://127.0.0.1:1/elsewhere' });
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('Cancel says the app was not installed and links back to the install page', async () => {
    const response = await postInstall(simulator, { store: 'x7kq2mfa9b', action: 'cancel' });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1>BigCommerce demo app was not installed</h1>');
    expect(html).toContain(`href="${installPath}?store=x7kq2mfa9b"`);
  });

  it('an unknown store in the form shows the page again with an error (400)', async () => {
    const response = await postInstall(simulator, { store: 'abc123', action: 'install' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('role="alert"');
  });

  it('install/succeeded and install/failed say so', async () => {
    expect((await page(`${installPath}/succeeded`)).document.querySelector('h1')?.textContent).toBe('BigCommerce demo app is installed');
    expect((await page(`${installPath}/failed`)).document.querySelector('h1')?.textContent).toBe('BigCommerce demo app could not be installed');
    expect((await page('/app/unknownclient1/install/succeeded')).response.status).toBe(404);
  });
});
