import { basic, storeHash, token } from '../data';
import { expect, test } from './fixtures';

test('a restart of the server keeps the list, and a saved secret still works after it', async ({ page, list, panel, api, server }) => {
  await api.createConnection({ authType: 'basic', ...basic });
  await list.goto();
  await list.createLink.click();
  await panel.fillToken(token);
  await panel.save.click();
  await list.expectRow(token.name, ['Token', storeHash, 'Online']);
  await expect(list.rows).toHaveCount(2);

  await server.restart();
  await page.reload();
  await expect(list.rows).toHaveCount(2);
  await list.expectRow(token.name, ['Token', storeHash, 'Online']);
  await list.expectRow(basic.name, ['Basic', storeHash, 'Online']);

  // The stored access token, decrypted with the key kept in DATA_DIR, reaches the (new) simulator.
  await page.getByRole('button', { name: `Test ${token.name}`, exact: true }).click();
  await expect(list.status(`Connection "${token.name}" is online: connected to Plumtree Outfitters (Plus plan).`)).toBeVisible();
  await list.expectRow(token.name, ['Online', 'Connected to Plumtree Outfitters']);
});
