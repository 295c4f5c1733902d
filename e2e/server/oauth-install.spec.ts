import { demoClient, oauth2, storeHash } from '../data';
import { InstallPage, UninstallPage } from '../pages/SimulatorPages';
import { Authorization } from '../pages/TestConnection';
import { authorizeThroughInstallPage, openInstallPopup } from './installFlow';
import { expect, test } from './fixtures';

const name = oauth2.name;
/** What the simulator's install page grants: the demo app's scopes (mocks/fixtures/bigcommerce.ts). */
const granted = 'Scopes granted: Information & Settings (Read-only), Products (Modify)';

test.describe('the server: OAuth 2.0 through the simulator', () => {
  test('Save & authorize: Install in the popup, which closes itself once the app has the result; the list shows it authorized with its scopes', async ({
    page,
    panel,
    list,
    server,
    axe,
    secrets,
  }) => {
    const install = await authorizeThroughInstallPage(page, panel, list, server);
    expect(install.page.isClosed()).toBe(true);
    await expect(panel.heading).toBeHidden();
    await list.expectRow(name, ['OAuth 2.0', storeHash, 'Authorized', granted]);
    await axe('authorized in the list (server)');

    await list.editButton(name).click();
    const authorization = new Authorization(page);
    await expect(authorization.authorizedLine('Information & Settings (Read-only), Products (Modify)')).toBeVisible();
    await expect(authorization.alert).toHaveCount(0);
    await panel.cancel.click();
    await list.expectRow(name, ['Authorized']);
    await secrets.expectNoSecretLeaks([demoClient.clientSecret]);
  });

  test('uninstalled in BigCommerce: the server is told, and the list shows the connection as uninstalled', async ({ page, panel, list, server, context }) => {
    await authorizeThroughInstallPage(page, panel, list, server);
    await list.expectRow(name, ['Authorized']);

    const uninstall = new UninstallPage(await context.newPage());
    await uninstall.goto(server.simulatorUrl, demoClient.clientId, storeHash);
    await expect(uninstall.store).toHaveValue(storeHash);
    await uninstall.uninstall.click();
    await expect(uninstall.uninstalled(demoClient.name)).toBeVisible();
    await expect(uninstall.page.getByText("BigCommerce called the app's uninstall callback, which answered HTTP 200.")).toBeVisible();
    await uninstall.page.close();

    await page.reload();
    await list.expectRow(name, ['OAuth 2.0', storeHash, 'Uninstalled', 'The app was uninstalled from the store.']);
    await expect(list.row(name)).not.toContainText('Scopes granted');
  });

  test('the app’s window closed before Install: the popup stays on the server’s page, which says the connection is authorized', async ({ page, panel }) => {
    const { install } = await openInstallPopup(page, panel);
    await page.close();

    await install.install.click();
    await expect(install.page.getByRole('heading', { level: 1, name: 'Authorization complete' })).toBeVisible();
    await expect(install.page.getByRole('status')).toContainText(`The connection "${name}" is authorized.`);
    await expect(install.page.getByRole('link', { name: 'Continue to BigCommerce' })).toBeVisible();
    expect(install.page.isClosed()).toBe(false);
  });

  test('popup blocked: Install in this tab; the server’s page says it is done, drops the code from the address bar and leads back', async ({ page, panel, list }) => {
    const authorization = new Authorization(page);
    await page.goto('/connections/new');
    await panel.fillOAuth2(oauth2);
    await page.evaluate(() => {
      window.open = () => null;
    });
    await authorization.saveAndAuthorize.click();
    await expect(authorization.alert).toContainText('The popup was blocked.');
    await authorization.continueInThisTab.click();

    const install = new InstallPage(page);
    await expect(install.heading).toHaveText(`Install ${demoClient.name}`);
    await install.install.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Authorization complete' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(`The connection "${name}" is authorized.`);
    await expect(page).toHaveURL(/\/oauth\/callback$/);

    await page.getByRole('link', { name: 'Back to the connection' }).click();
    await expect(panel.heading).toHaveText('Edit connection');
    await expect(authorization.authorizedLine('Information & Settings (Read-only), Products (Modify)')).toBeVisible();
    await panel.cancel.click();
    await list.expectRow(name, ['Authorized']);
  });
});
