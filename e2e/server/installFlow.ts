// "Save & authorize" through the simulator's install page, for the spec whose subject it is
// (oauth-install.spec.ts) and those that need an authorized OAuth 2.0 connection (restart.spec.ts).
import { demoClient, oauth2 } from '../data';
import type { ConnectionPanel } from '../pages/ConnectionPanel';
import type { ConnectionsList } from '../pages/ConnectionsList';
import { InstallPage } from '../pages/SimulatorPages';
import { Authorization } from '../pages/TestConnection';
import { expect, type Page } from './fixtures';
import type { ServerProcess } from './serverProcess';

/** "Save & authorize" on a new OAuth 2.0 connection: saved, and the simulator's install page in the popup. */
export async function openInstallPopup(page: Page, panel: ConnectionPanel) {
  const authorization = new Authorization(page);
  await page.goto('/connections/new');
  await panel.fillOAuth2(oauth2);
  const popup = page.waitForEvent('popup');
  await authorization.saveAndAuthorize.click();
  const install = new InstallPage(await popup);
  await expect(install.heading).toHaveText(`Install ${demoClient.name}`);
  await expect(panel.heading).toHaveText('Edit connection');
  return { authorization, install };
}

/**
 * Then Install on the simulator's page in the popup: the popup goes through the server's
 * /oauth/callback, which tells this page and closes itself, and the list says the connection is
 * authorized.
 */
export async function authorizeThroughInstallPage(page: Page, panel: ConnectionPanel, list: ConnectionsList, server: ServerProcess) {
  const { authorization, install } = await openInstallPopup(page, panel);
  expect(install.page.url()).toBe(`${server.simulatorUrl}/app/${demoClient.clientId}/install`);
  await expect(authorization.waiting).toContainText('Approve the app in the BigCommerce window');

  const callback = install.page.waitForRequest((request) => request.isNavigationRequest() && request.url().startsWith(`${server.url}/oauth/callback?`));
  const closed = install.page.waitForEvent('close');
  await install.install.click();
  expect(new URL((await callback).url()).searchParams.get('external_install')).toBe('1');
  await closed;
  await expect(list.status(`Connection "${oauth2.name}" authorized.`)).toBeVisible();
  return install;
}
