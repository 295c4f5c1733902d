// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import type { ServerEnv } from './requestLog';
import { mountStaticApp } from './staticApp';

const dir = mkdtempSync(path.join(os.tmpdir(), 'wizard-static-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const page = (title: string) => `<!doctype html>\n<html lang="en">\n  <head>\n    <title>${title}</title>\n  </head>\n  <body></body>\n</html>\n`;
writeFileSync(path.join(dir, 'index.html'), page('index'));
mkdirSync(path.join(dir, 'connections'));
writeFileSync(path.join(dir, 'connections', 'new.html'), page('new'));
writeFileSync(path.join(dir, 'app.html'), page('shell'));
writeFileSync(path.join(dir, 'prerendered.json'), JSON.stringify({ pages: { '/': 'index.html', '/connections/new': 'connections/new.html' }, shell: 'app.html' }));

describe('the built app as the server serves it', () => {
  const app = new Hono<ServerEnv>();
  mountStaticApp(app, dir, 'https://wizard.example.com');

  it('names PUBLIC_URL in every page, so the form shows the Redirect URL BigCommerce must be given', async () => {
    for (const [route, title] of [['/', 'index'], ['/connections/new', 'new'], ['/connections/abc/edit', 'shell'], ['/sign-in', 'shell']] as const) {
      const response = await app.request(route);
      const html = await response.text();
      expect(html, route).toContain(`<title>${title}</title>`);
      expect(html, route).toContain('<meta name="bc-public-url" content="https://wizard.example.com">');
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
    }
  });

  it('names the simulator only when there is one (--simulate), for the setup guide\'s links', async () => {
    expect(await (await app.request('/connections/new')).text()).not.toContain('bc-simulator-url');
    const simulating = new Hono<ServerEnv>();
    mountStaticApp(simulating, dir, 'https://wizard.example.com', 'http://127.0.0.1:4010');
    const html = await (await simulating.request('/connections/new')).text();
    expect(html).toContain('<meta name="bc-public-url" content="https://wizard.example.com">\n  <meta name="bc-simulator-url" content="http://127.0.0.1:4010">\n  </head>');
  });

  it('serves each prerendered page at its path only, and the shell without markup everywhere else', async () => {
    // Another page's markup would be hydrated on the wrong path: main.tsx would throw it away, after it had shown.
    expect(await (await app.request('/connections/new/')).text()).toContain('<title>shell</title>');
    expect(await (await app.request('/oauth/callback?code=x')).text()).toContain('<title>shell</title>');
  });

  it('answers a missing file with 404, not the app', async () => {
    expect((await app.request('/assets/missing.js')).status).toBe(404);
  });
});
