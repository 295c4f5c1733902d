import { basic, demoClient, newClient, oauth2, rotatedAccessToken, rotatedClientSecret, storeHash, token } from './data';
import { contentSecurityPolicy } from '../csp.config';
import { expect, recordCspViolations, test } from './fixtures';

test('no secret is kept or shown in clear: storage, cookies, page, URL, console, API answers', async ({ page, list, panel, secrets, pageLog }) => {
  // The rotated token is one BigCommerce refuses: the simulated store answers the connection test
  // with 401, which Chromium logs (the embedded backend's call runs in the page).
  pageLog.allowConsoleErrors(/Failed to load resource: .*401/);
  await list.goto();

  // Token
  await list.createLink.click();
  await panel.fillToken(token);
  await panel.save.click();
  await expect(list.row(token.name)).toHaveCount(1);

  // Basic
  await list.createLink.click();
  await panel.fillBasic(basic);
  await panel.save.click();
  await expect(list.row(basic.name)).toHaveCount(1);

  // OAuth 2.0 with a new client, whose secret is then changed
  await list.createLink.click();
  await panel.name.fill(oauth2.name);
  await panel.chooseAuthType('OAuth 2.0');
  await panel.storeHash.fill(storeHash);
  const dialog = await panel.openCreateClientDialog();
  await dialog.fill(newClient);
  await dialog.save.click();
  await expect(dialog.root).toBeHidden();
  await panel.openEditClientDialog();
  await dialog.clientSecret.fill(rotatedClientSecret);
  await dialog.save.click();
  await expect(dialog.root).toBeHidden();
  await panel.scopeLevel('Products', 'Read-only').check();
  await panel.save.click();
  await expect(list.row(oauth2.name)).toHaveCount(1);

  // Editing the Token connection with a new access token
  await list.editButton(token.name).click();
  await expect(panel.accessToken).toHaveValue('');
  await panel.accessToken.fill(rotatedAccessToken);
  await panel.save.click();
  await expect(panel.heading).toBeHidden();

  // Open the edit panel again: the stored secret must not come back into the page.
  await list.editButton(basic.name).click();
  await expect(panel.password).toHaveValue('');

  // The service worker's answers were seen, so the search of the answers is not blind.
  expect(secrets.responses.filter((r) => r.fromServiceWorker).length).toBeGreaterThan(0);
  expect(secrets.responses.some((r) => r.status === 201 && r.url.endsWith('/api/connections'))).toBe(true);
  expect(secrets.responses.some((r) => r.status === 201 && r.url.endsWith('/api/oauth-clients'))).toBe(true);

  await secrets.expectNoSecretLeaks([
    token.accessToken,
    rotatedAccessToken,
    basic.password,
    newClient.clientSecret,
    rotatedClientSecret,
    demoClient.clientSecret,
  ]);
  // And after a reload of that edit page.
  await page.reload();
  await expect(panel.heading).toHaveText('Edit connection');
  await expect(panel.password).toHaveValue('');
  await secrets.expectNoSecretLeaks([token.accessToken, rotatedAccessToken, basic.password, newClient.clientSecret, rotatedClientSecret]);
});

test.describe('the leak search itself', () => {
  // These tests plant secrets on purpose: the automatic check after them would find them.
  test.use({ leakCheck: false });

  test('finds a secret wherever it is planted', async ({ page, list, secrets }) => {
    await list.goto();
    const planted = {
      localStorage: 'canaryL0c4lSt0r4g3',
      sessionStorage: 'canaryS3ss10nSt0r4g3',
      indexedDB: 'canary1nd3x3dDB',
      indexedDBBytes: 'canaryBy73s1nIDB',
      dom: 'canaryD0mV4lu3',
      url: 'canaryUrlH4sh',
      console: 'canaryC0ns0l3',
    };
    await page.evaluate(async (p) => {
      localStorage.setItem('k', p.localStorage);
      sessionStorage.setItem('k', p.sessionStorage);
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('e2e-canary', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('s', 'readwrite');
          tx.objectStore('s').put({ nested: { value: p.indexedDB } }, 'a');
          tx.objectStore('s').put(new TextEncoder().encode(p.indexedDBBytes), 'b');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      });
      const input = document.createElement('input');
      input.type = 'password';
      // Labelled, so that the automatic axe run on this page has nothing to say about it.
      input.setAttribute('aria-label', 'Planted');
      input.value = p.dom;
      document.body.append(input);
      history.replaceState(history.state, '', `#${p.url}`);
      console.warn(p.console);
    }, planted);

    for (const [place, secret] of Object.entries(planted)) {
      await expect(secrets.expectNoSecretLeaks([secret]), `the search misses a secret in ${place}`).rejects.toThrow(/secrets found in clear/);
    }

    // The automatic check after each test looks for every tracked secret the same way, except in
    // an input's value (a typed secret sits there while a test is mid-way): page.content() does
    // not serialize what was typed.
    secrets.track(...Object.values(planted));
    const automatic = await secrets.expectNoKnownSecretLeaks().then(
      () => '',
      (error: unknown) => String(error),
    );
    for (const where of ['localStorage', 'sessionStorage', 'IndexedDB e2e-canary/s/a', 'IndexedDB e2e-canary/s/b', 'page URL', 'console']) {
      expect(automatic, `the automatic check misses a secret in ${where}`).toContain(`${where} contains "cana…"`);
    }
    expect(automatic, 'an input value is not part of the automatic check').not.toContain('input values');
    expect(secrets.known).toEqual(expect.arrayContaining([planted.dom, token.accessToken, demoClient.clientSecret]));
  });
});

test.describe('Content-Security-Policy', () => {
  // /connections/new has an HTML file of its own (prerendered: scripts/vite/prerender.ts): it must carry the policy too.
  for (const path of ['/', '/connections/new']) {
    test(`the build ships one: no inline script, no eval, as a header and a meta tag of ${path}`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.ok()).toBe(true);
      const header = response.headers()['content-security-policy'] ?? '';
      const html = await response.text();
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';

      for (const [where, policy] of [
        ['header', header],
        ['meta tag', meta],
      ] as const) {
        expect(policy, `the ${where} carries the policy of csp.config.ts`).toBe(contentSecurityPolicy);
        const directives = new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
        const scriptSrc = directives.get('script-src') ?? directives.get('default-src') ?? [];
        expect(scriptSrc, `${where}: script-src`).toEqual(["'self'"]);
        expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic|'nonce-|'sha\d+-/);
        expect(directives.get('object-src')).toEqual(["'none'"]);
        expect(directives.get('base-uri')).toEqual(["'self'"]);
      }
      // And the page has no inline script to allow: every <script> loads a file.
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes = '', content = ''] of scripts) {
        expect(attributes).toMatch(/\bsrc="/);
        expect(content.trim()).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+=/i);
    });
  }

  test('a violation is both reported as an event and logged as a console error (which fails a test)', async ({ browser, baseURL }) => {
    // A context of its own: the violation planted here must not reach this test's page.
    const context = await browser.newContext({ baseURL });
    try {
      await context.addInitScript(recordCspViolations);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'Connections', exact: true })).toBeVisible();
      // An inline script, as an injection would add one. (Playwright's own evaluate is exempt from
      // the policy, so eval cannot be provoked from here.)
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true;';
        document.body.append(script);
        return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
      });
      expect(ran, 'the inline script ran').toBe(false);
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __e2eCspViolations: unknown[] }).__e2eCspViolations))
        .toContainEqual(expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' }));
      await expect.poll(() => errors.filter((text) => /Content Security Policy/.test(text)).length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
