import AxeBuilder from '@axe-core/playwright';
import { demoClient, oauth2, storeHash } from './data';
import { axeTags, expect, test, type Page } from './bigcommerceConsole';
import type { ConnectionPanel } from './pages/ConnectionPanel';
import type { ConnectionsList } from './pages/ConnectionsList';
import { Authorization, ConsentPage } from './pages/TestConnection';

const name = oauth2.name;
const wrongSecret = 'wr0ng5ecr3t0f7h3d3m0app9x8c7v6b';

/** The fixture's axe check, for a second page of the same context. */
async function expectNoAxeViolations(page: Page, state: string) {
  type AxePage = ConstructorParameters<typeof AxeBuilder>[0]['page'];
  const results = await new AxeBuilder({ page: page as unknown as AxePage }).withTags(axeTags).analyze();
  expect.soft(results.violations.map((violation) => violation.id), `axe violations in state "${state}"`).toEqual([]);
}

/** A new OAuth 2.0 connection to Plumtree Outfitters with Information & Settings and Products, read-only. */
async function fillOAuthConnection(page: Page, panel: ConnectionPanel, client: string = demoClient.name) {
  await page.goto('/connections/new');
  await expect(panel.heading).toHaveText('Create connection');
  await panel.fillOAuth2({ ...oauth2, client });
  await panel.scopeLevel('Information & Settings', 'Read-only').check();
}

/** The whole popup flow, approved: ends on the list with the confirmation. */
async function authorizeThroughPopup(page: Page, panel: ConnectionPanel, list: ConnectionsList) {
  const authorization = new Authorization(page);
  await fillOAuthConnection(page, panel);
  const consent = await authorization.openPopup();
  await consent.authorize.click();
  await consent.page.waitForEvent('close');
  await expect(list.status(`Connection "${name}" authorized.`)).toBeVisible();
  return authorization;
}

test.describe('Save & authorize', () => {
  test('through the popup: consent, then the panel closes and the list and the panel show it authorized with its scopes', async ({
    page,
    panel,
    list,
    axe,
    secrets,
  }) => {
    const authorization = new Authorization(page);
    await fillOAuthConnection(page, panel);
    await expect(authorization.saveAndAuthorize).toBeVisible();
    await axe('OAuth 2.0 ready to authorize');

    const consent = await authorization.openPopup();
    // The panel became the saved connection's edit page, waiting for BigCommerce.
    await expect(panel.heading).toHaveText('Edit connection');
    await expect(authorization.waiting).toContainText('Approve the app in the BigCommerce window');
    await axe('waiting for the popup');

    await expect(consent.heading).toHaveText('Authorize BigCommerce demo app');
    await expect(consent.page.getByText(/wants to access Plumtree Outfitters/)).toBeVisible();
    await expect(consent.store).toHaveValue(storeHash);
    await expect(consent.scopes).toContainText('Products');
    await expect(consent.scopes).toContainText('Information & Settings');
    const closed = consent.page.waitForEvent('close');
    await consent.authorize.click();
    await closed;

    await expect(list.status(`Connection "${name}" authorized.`)).toBeVisible();
    await expect(panel.heading).toBeHidden();
    await list.expectRow(name, ['OAuth 2.0', storeHash, 'Authorized', 'Scopes granted: Information & Settings (Read-only), Products (Read-only)']);
    await axe('authorized in the list');

    await list.editButton(name).click();
    await expect(authorization.authorizedLine('Information & Settings (Read-only), Products (Read-only)')).toBeVisible();
    // Once authorized, the saved connection can be tested.
    const test = authorization.page.getByRole('group', { name: 'Connection test' });
    await test.getByRole('button', { name: 'Test connection' }).click();
    await expect(test.getByRole('status')).toContainText('Connected to Plumtree Outfitters');
    await axe('authorized in the panel, tested');

    await panel.cancel.click();
    await secrets.expectNoSecretLeaks([demoClient.clientSecret]);
  });

  test('"Save" alone keeps an OAuth 2.0 connection unauthorized, and the row test says so', async ({ page, panel, list }) => {
    await fillOAuthConnection(page, panel);
    await panel.save.click();
    await expect(list.status(`Connection "${name}" saved. It is not authorized yet`)).toBeVisible();
    await list.expectRow(name, ['Not authorized']);
    await list.page.getByRole('button', { name: `Test ${name}`, exact: true }).click();
    await expect(list.status(/is not authorized yet: no BigCommerce token is stored/)).toBeVisible();
    await list.expectRow(name, ['Not authorized']);
  });

  test('saved again with the same store, client and scopes it stays authorized; with other scopes it needs authorizing again', async ({
    page,
    panel,
    list,
  }) => {
    await authorizeThroughPopup(page, panel, list);
    await list.editButton(name).click();
    await panel.name.fill('Plumtree, renamed');
    await panel.save.click();
    await expect(list.status('Connection "Plumtree, renamed" saved. It is still authorized.')).toBeVisible();
    await list.expectRow('Plumtree, renamed', ['OAuth 2.0', storeHash, 'Authorized']);

    await list.editButton('Plumtree, renamed').click();
    await panel.scopeLevel('Orders', 'Read-only').check();
    await panel.save.click();
    await expect(list.status(/^Connection "Plumtree, renamed" saved\. It is not authorized yet/)).toBeVisible();
    await list.expectRow('Plumtree, renamed', ['Not authorized']);
  });

  test('popup blocked: says so and continues in the same tab', async ({ page, panel, list, axe }) => {
    const authorization = new Authorization(page);
    await fillOAuthConnection(page, panel);
    await page.evaluate(() => {
      window.open = () => null;
    });
    await authorization.saveAndAuthorize.click();
    await expect(authorization.alert).toContainText('The popup was blocked.');
    await expect(panel.heading).toHaveText('Edit connection');
    await axe('popup blocked');

    await authorization.continueInThisTab.click();
    const consent = new ConsentPage(page);
    await expect(consent.heading).toHaveText('Authorize BigCommerce demo app');
    await consent.authorize.click();

    await expect(list.status(`Connection "${name}" authorized.`)).toBeVisible();
    await list.expectRow(name, ['Authorized']);
    // The code does not linger in the address bar.
    expect(page.url()).not.toContain('code=');
  });

  test('Cancel on BigCommerce: stays on the edit page with the reason and "Authorize again", which then works', async ({ page, panel, list, axe }) => {
    const authorization = new Authorization(page);
    await fillOAuthConnection(page, panel);
    const consent = await authorization.openPopup();
    await consent.cancel.click();

    await expect(authorization.alert).toContainText(`“${name}” was not authorized.`);
    await expect(authorization.alert).toContainText('You cancelled the authorization on BigCommerce.');
    await expect(panel.heading).toHaveText('Edit connection');
    await axe('cancelled on BigCommerce');

    const again = await authorization.openPopup(authorization.authorizeAgain);
    await again.authorize.click();
    await expect(list.status(`Connection "${name}" authorized.`)).toBeVisible();
    await list.expectRow(name, ['Authorized']);
  });

  test('the popup closed early: says so, with "Authorize again"', async ({ page, panel, axe }) => {
    const authorization = new Authorization(page);
    await fillOAuthConnection(page, panel);
    const consent = await authorization.openPopup();
    await consent.page.close();
    await expect(authorization.alert).toContainText('The authorization window was closed before it finished.');
    await expect(authorization.authorizeAgain).toBeVisible();
    await axe('popup closed early');
  });

  test('a code used twice: the callback opened again says the code was already used', async ({ page, panel, list, context }) => {
    const callback = context.waitForEvent('request', (request) => request.isNavigationRequest() && request.url().includes('/oauth/callback?'));
    await authorizeThroughPopup(page, panel, list);
    const callbackUrl = (await callback).url();
    expect(callbackUrl).toContain('code=');

    const second = await context.newPage();
    const errors: string[] = [];
    second.on('console', (message) => {
      if (message.type() === 'error' && !/status of 400/.test(message.text())) errors.push(message.text());
    });
    await second.goto(callbackUrl);
    const authorization = new Authorization(second);
    await expect(authorization.alert).toContainText('This authorization code was already used or has expired.');
    await expect(second.getByRole('heading', { name: 'Edit connection' })).toBeVisible();
    // The connection stays authorized: a replayed code changes nothing.
    await expect(authorization.authorizedLine('Information & Settings (Read-only), Products (Read-only)')).toBeVisible();
    expect(second.url()).not.toContain('code=');
    expect(errors).toEqual([]);
    await expectNoAxeViolations(second, 'code used twice');
  });

  test('a wrong client secret: names the client and leads to it', async ({ page, panel, backend, axe, secrets }) => {
    await page.goto('/');
    await backend.createOAuthClient({ name: 'Wrong secret app', clientId: demoClient.clientId, clientSecret: wrongSecret });
    const authorization = new Authorization(page);
    await fillOAuthConnection(page, panel, 'Wrong secret app');
    const consent = await authorization.openPopup();
    await consent.authorize.click();

    await expect(authorization.alert).toContainText('BigCommerce refused the client ID or client secret of the OAuth 2.0 client "Wrong secret app".');
    await expect(authorization.alert).toContainText('press Edit OAuth 2.0 client, enter the client secret again');
    await axe('invalid client');
    await authorization.group.getByRole('button', { name: 'Go to the OAuth 2.0 client' }).click();
    await expect(panel.oauthClient).toBeFocused();
    await expect(panel.editClientButton).toBeEnabled();
    await secrets.expectNoSecretLeaks([wrongSecret, demoClient.clientSecret]);
  });

  test('another store chosen on the consent page: says which, and how to choose the right one', async ({ page, panel, axe }) => {
    const authorization = new Authorization(page);
    await fillOAuthConnection(page, panel);
    const consent = await authorization.openPopup();
    await consent.store.selectOption({ label: 'Busy Bee Goods (ratelimit1)' });
    await consent.authorize.click();

    await expect(authorization.alert).toContainText('You authorized the app on store ratelimit1, but this connection is for store x7kq2mfa9b.');
    await expect(authorization.alert).toContainText('On the BigCommerce page, keep the Store set to x7kq2mfa9b.');
    await expect(authorization.authorizeAgain).toBeVisible();
    await axe('store mismatch');
  });
});
