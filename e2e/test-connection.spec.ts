import { messages } from '../src/features/connections/schema';
import { basic, storeHash, token } from './data';
import { contains, expect, test, type Page } from './bigcommerceConsole';
import type { ConnectionPanel } from './pages/ConnectionPanel';
import { TestConnection } from './pages/TestConnection';

// The simulator's demo world (mocks/fixtures/bigcommerce.md).
const catalogReader = { clientId: 'z9x8c7v6b5n4m3l2k1j0h9g8f7d6s5a', accessToken: 'm3n6b9v2c5x8z1l4k7j0h3g6f9d2s5a' } as const;
const wrongToken = 'w4r0n9t0k3n5a7s9d1f3g5h7j9k1l3z';

interface TokenValues {
  name: string;
  accessToken: string;
  clientId: string;
  storeHash: string;
}

async function openTokenPanel(page: Page, panel: ConnectionPanel, values: Partial<TokenValues> = {}) {
  await page.goto('/connections/new');
  await expect(panel.heading).toHaveText('Create connection');
  await panel.chooseAuthType('Token');
  const filled: TokenValues = { ...token, ...values };
  if (filled.name) await panel.name.fill(filled.name);
  await panel.accessToken.fill(filled.accessToken);
  await panel.clientId.fill(filled.clientId);
  await panel.storeHash.fill(filled.storeHash);
}

test.describe('Test connection: what BigCommerce says of the typed credentials', () => {
  test('the full API account: names the store, its plan, the scopes and the quota, and saves nothing', async ({ page, panel, list, axe, secrets }) => {
    const check = new TestConnection(page);
    await openTokenPanel(page, panel);
    await check.run();

    await expect(check.result).toContainText('Connected to Plumtree Outfitters');
    await expect(check.result).toContainText('Plan: Plus');
    await expect(check.result).toContainText('Can read: Information & Settings, Products (the test checks Information & Settings and Products only)');
    await expect(check.result).toContainText(/Rate limit: 150 requests per 30 seconds, \d+ left/);
    await expect(panel.accessToken).toHaveValue(token.accessToken);
    await axe('test passed');

    // Nothing was saved by the test; leaving the typed panel asks first.
    await panel.cancel.click();
    await page.getByRole('alertdialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave' }).click();
    await list.expectLoaded();
    await expect(list.rows).toHaveCount(0);
    await expect(secrets.responses.some((response) => response.url.endsWith('/api/connections/test') && response.status === 200)).toBe(true);
    await secrets.expectNoSecretLeaks([token.accessToken]);
  });

  test('Basic with the same account works too', async ({ page, panel }) => {
    const check = new TestConnection(page);
    await page.goto('/connections/new');
    await panel.fillBasic(basic);
    await check.run();
    await expect(check.result).toContainText('Connected to Plumtree Outfitters');
  });

  test('the Products-only account: names the missing scope and its BigCommerce name', async ({ page, panel, axe, allowBigCommerceErrors }) => {
    allowBigCommerceErrors(403);
    const check = new TestConnection(page);
    await openTokenPanel(page, panel, catalogReader);
    await check.run();
    await expect(check.result).toContainText('Missing scope: Information & Settings (store_v2_information_read_only)');
    await expect(check.result).toContainText(/lacks the Information & Settings scope/);
    await axe('missing scope');
  });

  test('a wrong access token marks Access token; a wrong password marks Password', async ({ page, panel, axe, allowBigCommerceErrors }) => {
    allowBigCommerceErrors(401);
    const check = new TestConnection(page);
    await openTokenPanel(page, panel, { accessToken: wrongToken });
    await check.run();
    await expect(check.result).toContainText('BigCommerce refused the credentials');
    await panel.expectFieldError(panel.accessToken, 'BigCommerce refused this access token for store x7kq2mfa9b.');
    await expect(panel.storeHash).not.toHaveAttribute('aria-invalid', 'true');
    await axe('wrong token');

    await panel.chooseAuthType('Basic');
    await panel.username.fill(basic.username);
    await panel.password.fill(wrongToken);
    await check.run();
    await panel.expectFieldError(panel.password, 'BigCommerce refused this password for store x7kq2mfa9b.');
  });

  test('an unknown store hash marks Store hash', async ({ page, panel, axe, allowBigCommerceErrors }) => {
    allowBigCommerceErrors(404);
    const check = new TestConnection(page);
    await openTokenPanel(page, panel, { storeHash: 'nosuchstore1' });
    await check.run();
    await expect(check.result).toContainText('No such store');
    await panel.expectFieldError(panel.storeHash, 'BigCommerce has no store with the hash "nosuchstore1".');
    await axe('unknown store');
  });

  test('incomplete fields are marked before anything is sent', async ({ page, panel, secrets, axe }) => {
    const check = new TestConnection(page);
    await page.goto('/connections/new');
    await panel.chooseAuthType('Token');
    await panel.storeHash.fill(storeHash);
    await check.button.click();
    await expect(check.result).toHaveText('Fill in the marked fields to test the connection.');
    await panel.expectFieldError(panel.accessToken, messages.secretRequired('access token'));
    await expect(panel.accessToken).toBeFocused();
    await expect(panel.storeHash).not.toHaveAttribute('aria-invalid', 'true');
    // The name is not part of a test.
    await expect(panel.name).not.toHaveAttribute('aria-invalid', 'true');
    expect(secrets.responses.filter((response) => response.url.includes('/test'))).toEqual([]);
    await axe('incomplete');
  });

  test('429: says when to retry and counts down from 7; Test is unavailable until then', async ({ page, panel, axe, allowBigCommerceErrors }) => {
    allowBigCommerceErrors(429);
    // The page's clock is held still, so that each second is checked, however busy the machine.
    await page.clock.install();
    const check = new TestConnection(page);
    await openTokenPanel(page, panel, { storeHash: 'ratelimit1' });
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
    await check.run();
    await expect(check.result).toContainText('Too many requests');
    const message = await check.result.textContent();
    expect(message).toContain('Wait 7 seconds, then test again.');
    await expect(check.countdown).toHaveText('Retry in 7 s');
    await expect(check.button).toBeDisabled();
    await expect(check.button).toHaveAccessibleDescription('Retry in 7 s');

    await page.clock.runFor(1000);
    await expect(check.countdown).toHaveText('Retry in 6 s');
    await page.clock.runFor(1000);
    await expect(check.countdown).toHaveText('Retry in 5 s');
    // The live region keeps its first message: the seconds are not announced.
    await expect(check.result).toHaveText(message!);
    await expect(check.button).toBeDisabled();
    await page.clock.runFor(4000);
    await expect(check.countdown).toHaveText('Retry in 1 s');
    await expect(check.button).toBeDisabled();
    // axe needs the page's timers: the last second runs in real time.
    await page.clock.resume();
    await axe('rate limited');
    await expect(check.countdown).toBeHidden();
    await expect(check.button).toBeEnabled();
    await expect(check.result).toHaveText(message!);

    await check.run();
    await expect(check.countdown).toHaveText('Retry in 7 s');
  });

  test('503: says BigCommerce is down, offers Retry and keeps everything typed', async ({ page, panel, axe, allowBigCommerceErrors }) => {
    allowBigCommerceErrors(503);
    const check = new TestConnection(page);
    await openTokenPanel(page, panel, { storeHash: 'outage5000' });
    await check.run();
    await expect(check.result).toContainText('BigCommerce is unavailable');
    await expect(check.result).toContainText('HTTP 503');
    await expect(check.retry).toBeVisible();
    await axe('unavailable');

    await check.retry.click();
    await expect(check.result).toContainText('HTTP 503');
    await expect(panel.name).toHaveValue(token.name);
    await expect(panel.accessToken).toHaveValue(token.accessToken);
    await expect(panel.clientId).toHaveValue(token.clientId);
    await expect(panel.storeHash).toHaveValue('outage5000');
  });

  test('no answer in time: says so, offers Retry, which works once BigCommerce answers', async ({ page, panel, backend, axe }) => {
    const check = new TestConnection(page);
    await openTokenPanel(page, panel);
    await backend.ready();
    await page.evaluate(() => {
      window.mockBackend!.setBigCommerceTimeoutMs(1000);
      window.mockBackend!.setBigCommerceScenario('hang');
    });
    await check.button.click();
    await expect(check.result).toHaveText('Testing…');
    await expect(check.result).toContainText('BigCommerce did not answer in time');
    await expect(check.result).toContainText('did not answer within 1 second');
    await axe('timeout');

    await page.evaluate(() => window.mockBackend!.setBigCommerceScenario(null));
    await check.retry.click();
    await expect(check.result).toContainText('Connected to Plumtree Outfitters');
    await expect(panel.accessToken).toHaveValue(token.accessToken);
  });

  test('BigCommerce unreachable: says so and offers Retry', async ({ page, panel, backend, axe, allowBigCommerceErrors }) => {
    allowBigCommerceErrors('net::ERR_FAILED');
    const check = new TestConnection(page);
    await openTokenPanel(page, panel);
    await backend.ready();
    await page.evaluate(() => window.mockBackend!.setBigCommerceScenario('network-error'));
    await check.run();
    await expect(check.result).toContainText('BigCommerce could not be reached');
    await expect(check.retry).toBeVisible();
    await axe('unreachable');
  });

  test('a running test shows progress and can be cancelled', async ({ page, panel, backend, axe }) => {
    const check = new TestConnection(page);
    await openTokenPanel(page, panel);
    // BigCommerce never answers (until the 15 s limit), so the cancel cannot race the answer.
    await backend.ready();
    await page.evaluate(() => window.mockBackend!.setBigCommerceScenario('hang'));
    await check.button.click();
    await expect(check.result).toHaveText('Testing…');
    await expect(check.button).toBeDisabled();
    await axe('testing');
    await check.cancel.click();
    await expect(check.result).toHaveText('Test cancelled.');
    await expect(check.cancel).toBeHidden();
    await expect(check.button).toBeEnabled();
    await expect(check.button).toBeFocused();
    await expect(panel.accessToken).toHaveValue(token.accessToken);
    await axe('test cancelled');
  });
});

test.describe('after a good test', () => {
  test('an empty name: offers “BigCommerce - STORE” and fills it on request', async ({ page, panel, list, axe }) => {
    const check = new TestConnection(page);
    await openTokenPanel(page, panel, { name: '' });
    await check.run();
    await expect(check.useName).toHaveAccessibleName('Use name “BigCommerce - Plumtree Outfitters”');
    await axe('name suggested');
    await check.useName.click();
    await expect(panel.name).toHaveValue('BigCommerce - Plumtree Outfitters');
    await expect(panel.name).toBeFocused();
    await expect(check.useName).toBeHidden();

    await panel.save.click();
    await expect(list.status(/Connection "BigCommerce - Plumtree Outfitters" saved\. It is online/)).toBeVisible();
  });

  test('a name typed already: no suggestion', async ({ page, panel }) => {
    const check = new TestConnection(page);
    await openTokenPanel(page, panel);
    await check.run();
    await expect(check.result).toContainText('Connected to Plumtree Outfitters');
    await expect(check.useName).toHaveCount(0);
  });
});

test.describe('another connection to the same store', () => {
  test('is named next to Store hash before saving, without blocking the save', async ({ page, panel, list, backend, axe }) => {
    await list.goto();
    await backend.createConnection({ authType: 'token', ...token, name: 'Main store' });
    await page.reload();
    await list.createLink.click();
    const check = new TestConnection(page);
    await panel.fillToken({ ...token, name: 'Second store connection' });
    await expect(check.duplicateStore).toHaveText('“Main store” already connects to store x7kq2mfa9b.');
    await expect(panel.storeHash).not.toHaveAttribute('aria-invalid', 'true');
    await axe('duplicate store');

    await panel.storeHash.fill('ratelimit1');
    await expect(check.duplicateStore).toHaveCount(0);
    await panel.storeHash.fill(storeHash);
    await panel.save.click();
    await expect(list.row('Second store connection')).toHaveCount(1);

    // Editing one of them names the other, never itself.
    await list.editButton('Main store').click();
    await expect(check.duplicateStore).toHaveText('“Second store connection” already connects to store x7kq2mfa9b.');
  });

  test('not shown while the hash is incomplete or for the connection itself', async ({ page, panel, list, backend }) => {
    await list.goto();
    await backend.createConnection({ authType: 'token', ...token, name: 'Main store' });
    await page.reload();
    await list.editButton('Main store').click();
    const check = new TestConnection(page);
    await expect(panel.storeHash).toHaveValue(storeHash);
    await expect(check.duplicateStore).toHaveCount(0);
    await expect(page.getByText(contains('already connects'))).toHaveCount(0);
  });
});
