import { token } from '../data';
import { ActivityPage, ChangePasswordPage, SetupPage, SignInPage } from '../pages/SessionPages';
import { expectNoSidewaysScroll } from '../screenshots';
import { expect, test } from './fixtures';

// Issue 24: at 390 px none of the server's own pages scrolls sideways, and each is axe clean.

test.use({ viewport: { width: 390, height: 844 } });

test.describe('signed in', () => {
  test('390 px: the list, the form, Activity, Change password', async ({ page, list, panel, api, axe }) => {
    await api.createConnection({ authType: 'token', ...token });
    await list.goto();
    await list.expectRow(token.name, ['Working']);
    await expectNoSidewaysScroll(page, 'the list');
    await page.goto('/connections/new');
    await expect(panel.name).toBeEditable();
    await expectNoSidewaysScroll(page, 'the create form');

    await page.goto('/activity');
    await expect(new ActivityPage(page).row(token.name)).toHaveCount(1);
    await expectNoSidewaysScroll(page, 'Activity');
    await page.goto('/account/password');
    const change = new ChangePasswordPage(page);
    await change.submit.click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
    await expectNoSidewaysScroll(page, 'Change password with its errors');
    await axe('Change password with its errors, 390 px');
  });
});

test.describe('signed out', () => {
  test.use({ signedIn: false });
  test('390 px: Sign in, with its error', async ({ page, axe, pageLog }) => {
    pageLog.allowConsoleErrors(/Failed to load resource: .*401/);
    await page.goto('/');
    const signIn = new SignInPage(page);
    await signIn.signIn('owner@example.com', 'not the password at all');
    await expect(signIn.failure).toBeVisible();
    await expectNoSidewaysScroll(page, 'Sign in with its error');
    await axe('Sign in with its error, 390 px');
  });
});

test.describe('before the owner exists', () => {
  test.use({ withOwner: false, signedIn: false });
  test('390 px: Set up the owner account, without its link and with it', async ({ page, server, axe }) => {
    await page.goto('/setup');
    await expect(page.getByText('Set up the owner account:', { exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page, 'setup without its link');
    await expect.poll(() => /^Set up the owner account: (\S+)$/m.exec(server.output)?.[1]).toMatch(/\/setup\?token=/);
    await page.goto(/^Set up the owner account: (\S+)$/m.exec(server.output)![1]!);
    const setup = new SetupPage(page);
    await expect(setup.heading).toBeVisible();
    await setup.submit.click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
    await expectNoSidewaysScroll(page, 'setup with its errors');
    await axe('setup with its errors, 390 px');
  });
});
