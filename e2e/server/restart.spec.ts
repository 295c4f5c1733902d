import { basic, oauth2, storeHash, token } from '../data';
import { expect, test } from './fixtures';
import { authorizeThroughInstallPage } from './installFlow';

test('a restart of the server keeps the list, and a saved secret still works after it', async ({ page, list, panel, api, server }) => {
  await api.createConnection({ authType: 'basic', ...basic });
  await list.goto();
  await list.createLink.click();
  await panel.fillToken(token);
  await panel.save.click();
  await list.expectRow(token.name, ['Token', storeHash, 'Working']);
  await expect(list.rows).toHaveCount(2);

  await server.restart();
  await page.reload();
  await expect(list.rows).toHaveCount(2);
  await list.expectRow(token.name, ['Token', storeHash, 'Working']);
  await list.expectRow(basic.name, ['Basic', storeHash, 'Working']);

  // The stored access token, decrypted with the key kept in DATA_DIR, reaches the simulator.
  await page.getByRole('button', { name: `Test ${token.name}`, exact: true }).click();
  await expect(list.status(`Connection "${token.name}" is online: connected to Plumtree Outfitters (Plus plan).`)).toBeVisible();
  await list.expectRow(token.name, ['Working', 'Connected to Plumtree Outfitters']);
});

test('an authorized OAuth 2.0 connection still tests online after a restart: the simulator keeps its port and the tokens it issued', async ({
  page,
  list,
  panel,
  server,
}) => {
  const install = await authorizeThroughInstallPage(page, panel, list, server);
  await install.page.close();
  await list.expectRow(oauth2.name, ['OAuth 2.0', storeHash, 'Authorized']);
  const simulatorUrl = server.simulatorUrl;

  await server.restart();
  expect(server.simulatorUrl).toBe(simulatorUrl);
  await page.reload();
  await page.getByRole('button', { name: `Test ${oauth2.name}`, exact: true }).click();
  await expect(list.status(`Connection "${oauth2.name}" is online: connected to Plumtree Outfitters (Plus plan).`)).toBeVisible();
  await list.expectRow(oauth2.name, ['OAuth 2.0', storeHash, 'Working', 'Connected to Plumtree Outfitters']);
});
