import { basic, demoClient, newClient, oauth2, rotatedAccessToken, rotatedClientSecret, storeHash, token } from './data';
import { expect, test } from './fixtures';

test('no secret is kept or shown in clear: storage, cookies, page, URL, console, API answers', async ({ page, list, panel, secrets, pageLog }) => {
  // The rotated token is one BigCommerce refuses: the simulated store answers the connection test
  // with 401, which Chromium logs (the embedded backend's call runs in the page).
  pageLog.allowConsoleErrors(/Failed to load resource: .*401/);
  await list.goto();

  // Token
  await list.createButton.click();
  await panel.fillToken(token);
  await panel.save.click();
  await expect(list.row(token.name)).toHaveCount(1);

  // Basic
  await list.createButton.click();
  await panel.fillBasic(basic);
  await panel.save.click();
  await expect(list.row(basic.name)).toHaveCount(1);

  // OAuth 2.0 with a new client, whose secret is then changed
  await list.createButton.click();
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

test('the leak search finds a secret wherever it is planted', async ({ page, list, secrets }) => {
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
    input.value = p.dom;
    document.body.append(input);
    history.replaceState(history.state, '', `#${p.url}`);
    console.warn(p.console);
  }, planted);

  for (const [place, secret] of Object.entries(planted)) {
    await expect(secrets.expectNoSecretLeaks([secret]), `the search misses a secret in ${place}`).rejects.toThrow(/secrets found in clear/);
  }
});
