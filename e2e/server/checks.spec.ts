import { token } from '../data';
import { ConnectionPage } from '../pages/ConnectionPage';
import { expect, test } from './fixtures';

// The server checks every connection in the background, here every 10 s; the page asks for
// what it found every 15 s. So a revoked token shows within 10 + 15 s and a little.
test.use({ serverEnv: { CHECK_INTERVAL: '10s' } });
const noticed = { timeout: 40_000 };

test.describe('background checks, as the person sees them', () => {
  test('a token revoked in BigCommerce: the list says it needs attention and what to do, the page its history; Check now finds it back', async ({
    page,
    list,
    api,
    server,
    axe,
    secrets,
  }) => {
    const { id } = await api.createConnection({ authType: 'token', ...token });
    await list.goto();
    await list.expectRow(token.name, ['Working', 'Checked just now']);

    const control = (path: string) => page.request.post(`${server.simulatorUrl}${path}`, { data: { accessToken: token.accessToken } });
    expect((await control('/__simulator/revoke')).status()).toBe(204);
    const row = list.row(token.name);
    await expect(row).toContainText('Needs attention', noticed);
    await list.expectRow(token.name, ['BigCommerce refused the token.', 'Create a new API account in BigCommerce, then Edit and paste its access token.', /Checked (just now|1 minute ago)/]);
    await expect(page.getByRole('region', { name: '1 connection needs attention' }).getByRole('link', { name: token.name })).toBeVisible();
    await axe('the list with a connection that needs attention');

    const details = new ConnectionPage(page);
    await details.goto(id);
    await expect(details.status).toContainText('Needs attention: BigCommerce refused the token.');
    const rows = details.historyRows();
    await expect(rows.first()).toContainText('Working → Needs attention');
    await expect(rows.first()).toContainText('Background check');
    await expect(rows.first()).toContainText('BigCommerce refused this access token');
    await expect(rows.last()).toContainText('Saved');
    await axe('a connection page with its history');

    expect((await control('/__simulator/restore')).status()).toBe(204);
    await details.checkNow(token.name).click();
    await expect(list.status(`Connection "${token.name}" is online`)).toBeVisible();
    await expect(details.status).toContainText('Working');
    await expect(rows.first()).toContainText('Needs attention → Working');
    await expect(rows.first()).toContainText('Test or Check now');
    await secrets.expectNoSecretLeaks([token.accessToken]);
  });
});
