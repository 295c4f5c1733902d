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

describe('the built app as the server serves it', () => {
  const app = new Hono<ServerEnv>();
  mountStaticApp(app, dir, 'https://wizard.example.com');

  it('names PUBLIC_URL in every page, so the form shows the Redirect URL BigCommerce must be given', async () => {
    for (const [route, title] of [['/', 'index'], ['/connections/new', 'new'], ['/connections/abc/edit', 'index']] as const) {
      const response = await app.request(route);
      const html = await response.text();
      expect(html, route).toContain(`<title>${title}</title>`);
      expect(html, route).toContain('<meta name="bc-public-url" content="https://wizard.example.com">');
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
    }
  });

  it('answers a missing file with 404, not the app', async () => {
    expect((await app.request('/assets/missing.js')).status).toBe(404);
  });
});
