import { basic, storeHash, token, wrongAccessToken } from '../data';
import { TestConnection } from '../pages/TestConnection';
import { expect, test } from './fixtures';

test.describe('the server: "Test connection" before saving', () => {
  test('the working API account: the server reaches the simulated store, and nothing is saved', async ({ page, panel, secrets }) => {
    const check = new TestConnection(page);
    await page.goto('/connections/new');
    await panel.fillToken(token);
    await check.run();
    await expect(check.result).toContainText('Connected to Plumtree Outfitters');
    await expect(check.result).toContainText('Plan: Plus');
    await expect(check.result).toContainText('Can read: Information & Settings, Products (the test checks Information & Settings and Products only)');
    expect(secrets.responses.filter((response) => response.url.endsWith('/api/connections/test')).map((response) => response.status)).toEqual([200]);

    await panel.chooseAuthType('Basic');
    await panel.username.fill(basic.username);
    await panel.password.fill(basic.password);
    await check.run();
    await expect(check.result).toContainText('Connected to Plumtree Outfitters');

    const listed = await page.request.get('/api/connections');
    expect(await listed.json()).toEqual({ connections: [], nextCursor: null });
  });

  test('a wrong access token: BigCommerce refused it, and the field says so', async ({ page, panel }) => {
    const check = new TestConnection(page);
    await page.goto('/connections/new');
    await panel.fillToken({ ...token, accessToken: wrongAccessToken });
    await check.run();
    await expect(check.result).toContainText('BigCommerce refused the credentials');
    await panel.expectFieldError(panel.accessToken, `BigCommerce refused this access token for store ${storeHash}.`);
    await expect(panel.storeHash).not.toHaveAttribute('aria-invalid', 'true');
  });
});
