import { storeHash } from './data';
import { expect, test } from './fixtures';
import { SetupGuide } from './pages/SetupGuide';

test.beforeEach(async ({ page, panel }) => {
  await page.goto('/connections/new');
  await expect(panel.heading).toHaveText('Create connection');
});

test.describe('the setup guide follows the auth type', () => {
  test('a choice aid with no auth type, then the guide of each type', async ({ page, panel }) => {
    const guide = new SetupGuide(page);
    await expect(guide.root).toBeVisible();
    await guide.expectTitle('Which auth type fits?');
    for (const choice of [/^OAuth 2\.0: /, /^Token: /, /^Basic: /]) {
      await expect(guide.root.getByRole('listitem').filter({ hasText: choice })).toBeVisible();
    }
    await expect(guide.root.getByRole('checkbox')).toHaveCount(0);
    await expect(guide.progress).toHaveCount(0);

    await panel.chooseAuthType('OAuth 2.0');
    await guide.expectTitle('Create a BigCommerce app');
    await expect(guide.checkboxes).toHaveCount(9);
    await expect(guide.progress).toHaveText('0 of 9 done');

    await panel.chooseAuthType('Token');
    await guide.expectTitle('Create a store-level API account');
    await expect(guide.checkboxes).toHaveCount(10);
    await expect(guide.progress).toHaveText('0 of 10 done');
    await expect(guide.checkbox('Copy the Access token into Access token')).toBeVisible();

    // Basic: the same API account, explained as what it is, not BigCommerce's retired Basic auth.
    await panel.chooseAuthType('Basic');
    await guide.expectTitle('Create a store-level API account');
    await expect(guide.root).toContainText(/not BigCommerce's legacy Basic auth .* which BigCommerce no longer issues/);
    await expect(guide.checkbox('Copy the Access token into Password')).toBeVisible();
    await expect(guide.checkbox('Copy the Client ID into Username')).toBeVisible();
  });

  test("today's steps, with the steps on BigCommerce's older screens on request", async ({ page, panel }) => {
    const guide = new SetupGuide(page);
    await panel.chooseAuthType('Token');
    await expect(guide.checkbox('Go to Settings › Store-level API accounts')).toBeVisible();
    await expect(guide.olderSteps).toBeHidden();
    await guide.showOlderSteps();
    await expect(guide.olderSteps.getByRole('listitem').filter({ hasText: 'Open Advanced Settings › API Accounts.' })).toBeVisible();

    await panel.chooseAuthType('OAuth 2.0');
    await expect(guide.checkbox(/Auth callback URL/)).toBeVisible();
    await guide.showOlderSteps();
    await expect(guide.olderSteps.getByRole('listitem').filter({ hasText: 'Under My Apps, click Create an app.' })).toBeVisible();
  });
});

test('steps are an ordered list that can be ticked; ticks last while the panel is open', async ({ page, panel }) => {
  const guide = new SetupGuide(page);
  await panel.chooseAuthType('Token');
  await expect(guide.stepList).toHaveJSProperty('tagName', 'OL');

  for (const step of ['Sign in to the store', 'Click + Create API Account', 'Set Token type']) await guide.checkbox(step).check();
  await expect(guide.progress).toHaveText('3 of 10 done');
  await guide.checkbox('Click + Create API Account').uncheck();
  await expect(guide.progress).toHaveText('2 of 10 done');

  await panel.chooseAuthType('OAuth 2.0');
  await expect(guide.progress).toHaveText('0 of 9 done');
  await guide.checkbox('Sign in to the BigCommerce Developer Portal').check();
  await expect(guide.progress).toHaveText('1 of 9 done');

  await panel.chooseAuthType('Basic');
  await expect(guide.progress).toHaveText('2 of 10 done');
  await expect(guide.checkbox('Sign in to the store')).toBeChecked();
  await expect(guide.checkbox('Set Token type')).toBeChecked();
  await expect(guide.checkbox('Click + Create API Account')).not.toBeChecked();
});

test.describe('live values in the steps', () => {
  test('the redirect URL for Auth callback URL, with its own copy button', async ({ page, panel }) => {
    const guide = new SetupGuide(page);
    const redirectUrl = `${new URL(page.url()).origin}/oauth/callback`;
    await panel.chooseAuthType('OAuth 2.0');

    const step = guide.step(/into Auth callback URL \(not Load callback URL or Uninstall callback URL\)/);
    await expect(step).toContainText(redirectUrl);
    // One button per name on the page: the form's and the guide's are told apart.
    await expect(page.getByRole('button', { name: 'Copy redirect URL', exact: true })).toHaveCount(1);
    await expect(step.getByRole('button', { name: 'Copy the redirect URL', exact: true })).toBeVisible();

    await page.evaluate(() => navigator.clipboard.writeText(''));
    await guide.copyRedirectUrl.click();
    await expect(step.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(redirectUrl);
  });

  test('the scopes chosen in the form, as BigCommerce names them', async ({ page, panel }) => {
    const guide = new SetupGuide(page);
    await panel.chooseAuthType('OAuth 2.0');
    const step = guide.step('Open the Scopes tab');
    await expect(step).toContainText('No scopes chosen in the form yet.');

    await panel.scopeLevel('Products', 'Read-only').check();
    await panel.scopeLevel('Orders', 'Modify').check();
    await expect(guide.scopesChosen).toHaveText(['Orders: modify', 'Products: read-only']);
    await panel.scopeLevel('Orders', 'None').check();
    await expect(guide.scopesChosen).toHaveText(['Products: read-only']);
  });

  test("links to the Developer Portal in a new tab; the demo's stores have no control panel, and it says so", async ({ page, panel }) => {
    const guide = new SetupGuide(page);
    await panel.chooseAuthType('OAuth 2.0');
    await expect(guide.developerPortalLink).toHaveAttribute('href', 'https://devtools.bigcommerce.com/my/apps');
    await expect(guide.developerPortalLink).toHaveAttribute('target', '_blank');
    await expect(guide.developerPortalLink).toHaveAccessibleName(/opens in a new tab/);
    const simulated = guide.root.getByText(`This demo's stores are simulated, so store ${storeHash} has no control panel to open.`, { exact: false });
    await expect(simulated).toHaveCount(0);

    // Nothing in the demo reaches a real store, so no link leads to one (the server links: e2e/server/guide.spec.ts).
    await panel.storeHash.fill(storeHash);
    await expect(simulated).toBeVisible();
    await panel.chooseAuthType('Token');
    await expect(guide.step('Go to Settings › Store-level API accounts')).toContainText('The README lists their API accounts under The demo data.');
    await expect(guide.root.getByRole('link', { name: /of store/ })).toHaveCount(0);

    await panel.storeHash.fill('not a hash!');
    await expect(guide.root.getByText(/has no control panel to open/)).toHaveCount(0);
  });
});

test.describe('the guide follows focus', () => {
  test('Token and Basic: each field marks the step that gives its value; focus stays on the field', async ({ page, panel }) => {
    const guide = new SetupGuide(page);
    await panel.chooseAuthType('Token');
    await expect(guide.currentStep).toHaveCount(0);
    for (const [field, step] of [
      [panel.accessToken, 'Copy the Access token'],
      [panel.clientId, 'Copy the Client ID'],
      [panel.storeHash, 'Note the API path'],
    ] as const) {
      await field.focus();
      await guide.expectCurrent(step);
      await expect(field).toBeFocused();
    }
    // A field no step produces: no step is current.
    await panel.name.focus();
    await expect(guide.currentStep).toHaveCount(0);

    await panel.chooseAuthType('Basic');
    await panel.username.click();
    await guide.expectCurrent('Copy the Client ID into Username');
    await expect(panel.username).toBeFocused();
    // By keyboard, too.
    await page.keyboard.press('Tab');
    await expect(panel.password).toBeFocused();
    await guide.expectCurrent('Copy the Access token into Password');
  });

  test('OAuth 2.0: store hash, client, scopes, redirect URL, and the client dialog', async ({ page, panel }) => {
    const guide = new SetupGuide(page);
    await panel.chooseAuthType('OAuth 2.0');
    for (const [field, step] of [
      [panel.storeHash, "Sign in to the store's control panel"],
      [panel.oauthClient, 'BigCommerce shows the Client ID'],
      [panel.scopeFilter, 'Open the Scopes tab'],
      [panel.redirectUrl, 'In the app editor'],
      [panel.scopeLevel('Products', 'Read-only'), 'Open the Scopes tab'],
    ] as const) {
      await field.focus();
      await guide.expectCurrent(step);
      await expect(field).toBeFocused();
    }

    const dialog = await panel.openCreateClientDialog();
    await dialog.clientSecret.focus();
    await expect(guide.step('Paste the Client Secret')).toHaveAttribute('aria-current', 'step');
    await expect(dialog.clientSecret).toBeFocused();
  });
});

test.describe('warnings where people go wrong', () => {
  test('a Client ID / access token mix-up, without showing the token', async ({ page, panel }) => {
    const guide = new SetupGuide(page);
    const value = 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h';
    await panel.chooseAuthType('Token');
    await expect(guide.warnings).toHaveCount(0);

    await panel.accessToken.fill(value);
    await panel.clientId.fill(value);
    await expect(guide.warnings).toHaveText([/Client ID and Access token hold the same value/]);

    await panel.clientId.fill(`ACCESS TOKEN: ${value}`);
    await expect(guide.warnings).toHaveText([/Client ID looks like an access token/]);
    await expect(guide.root).not.toContainText(value);
  });

  test('no https warning for this localhost redirect URL', async ({ page, panel }) => {
    const guide = new SetupGuide(page);
    await panel.chooseAuthType('OAuth 2.0');
    await expect(guide.step(/Auth callback URL/)).toContainText('http://localhost');
    await expect(guide.warnings).toHaveCount(0);
  });
});

test('390 px: the guide arrives at the top of the panel, collapsed, without moving the form', async ({ page, panel }) => {
  const guide = new SetupGuide(page);
  await page.setViewportSize({ width: 390, height: 844 });
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/guides-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.reload();
  await expect(panel.name).toBeEditable();
  await expect(guide.root).toHaveCount(0);
  const before = (await panel.name.boundingBox())!.y;

  release();
  await expect(guide.toggle).toBeVisible();
  expect(await guide.isOpen()).toBe(false);
  expect((await panel.name.boundingBox())!.y).toBe(before);
  expect((await guide.root.boundingBox())!.y).toBeLessThan(before);
});

test('axe: each guide, its older wording, and the guide on a narrow screen', async ({ page, panel, axe }) => {
  test.slow(); // seven axe runs and a reload
  const guide = new SetupGuide(page);
  await expect(guide.title).toBeVisible();
  await axe('guide: choose an auth type');
  for (const type of ['OAuth 2.0', 'Basic', 'Token'] as const) {
    await panel.chooseAuthType(type);
    await guide.showOlderSteps();
    await guide.checkbox(/./).first().check();
    await axe(`guide: ${type}, a step ticked, older wording open`);
  }
  await panel.clientId.focus();
  await expect(guide.currentStep).toHaveCount(1);
  await axe('guide: Token, a step current');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(guide.toggle).toBeVisible();
  await axe('guide: narrow, collapsed');
  await panel.chooseAuthType('Token');
  await guide.expand();
  await axe('guide: narrow, open');
});
