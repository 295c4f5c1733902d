import { sessionMessages } from '../../src/features/connections/schema';
import { storeHash, token } from '../data';
import { contains } from '../fixtures';
import { AccountMenu, ActivityPage, ChangePasswordPage, SetupPage, SignInPage } from '../pages/SessionPages';
import { expect, test, type Page } from './fixtures';
import { owner } from './owner';

// Sign-in on the server (issue 9), in the browser: setup with the printed link, signing in and out,
// a session that ends mid-form, the throttle, changing the password, the activity page.

/** For what waits on the server checking a password (scrypt, slow on a loaded machine by design). */
const afterHashing = expect.configure({ timeout: 30_000 });

/** Chromium logs every answer with an error status; these tests provoke them on purpose. */
const allowStatus = (...statuses: number[]) => new RegExp(`Failed to load resource: the server responded with a status of (${statuses.join('|')})`);

/** Ends the page's session on the server, as another tab signing out (or the idle limit) would: the browser keeps its now dead cookie. */
async function endSessionElsewhere(page: Page, url: string): Promise<void> {
  const elsewhere = await page.context().browser()!.newContext({ storageState: await page.context().storageState() });
  try {
    const response = await elsewhere.request.delete(`${url}/api/session`, { headers: { Origin: url } });
    expect(response.status()).toBe(204);
  } finally {
    await elsewhere.close();
  }
}

test.describe('the owner account', () => {
  test.use({ withOwner: false, signedIn: false });

  test('set up with the link the server printed; without it the page says where it is; a wrong token says so', async ({ page, server, axe, pageLog, secrets }) => {
    const setup = new SetupPage(page);
    const password = 'amber kettle drifts 19 ways';
    secrets.track(password);
    await expect.poll(() => /^Set up the owner account: (\S+)$/m.exec(server.output)?.[1]).toMatch(/\/setup\?token=/);
    const link = /^Set up the owner account: (\S+)$/m.exec(server.output)![1]!;
    expect(new URL(link).origin).toBe(server.url);

    await page.goto('/setup');
    await expect(setup.heading).toBeVisible();
    await expect(page.getByText('Set up the owner account:', { exact: true })).toBeVisible();
    await expect(setup.email).toHaveCount(0);
    await axe('setup without a token');

    pageLog.allowConsoleErrors(allowStatus(403));
    await page.goto('/setup?token=not-the-printed-one');
    await setup.setUp(owner.email, password);
    await afterHashing(page.getByRole('alert')).toContainText('This setup link does not work');
    await expect(setup.email).toHaveValue(owner.email);

    await page.goto(link);
    await expect(setup.password).toHaveAccessibleDescription(/At least 12 characters/);
    await axe('setup form');
    await setup.setUp(owner.email, password);
    await afterHashing(page.getByRole('heading', { name: 'Connections', exact: true })).toBeVisible();
    await expect(page).toHaveURL(`${server.url}/`);
    await expect(page.getByRole('status').first()).toContainText(`The owner account is set up. You are signed in as ${owner.email}.`);
    await expect(new AccountMenu(page).toggle).toHaveAccessibleName(`Signed in as ${owner.email}`);
    await secrets.expectNoSecretLeaks([password]);
  });
});

test.describe('signing in and out', () => {
  test.use({ signedIn: false });

  test('every page sends to sign in and back; one message for a wrong password; then create and test a connection', async ({ page, list, panel, pageLog, axe, secrets }) => {
    const signIn = new SignInPage(page);
    await page.goto('/connections/new');
    await expect(page).toHaveURL(/\/sign-in\?next=(%2F|\/)connections(%2F|\/)new$/);
    await expect(signIn.heading).toBeVisible();
    await expect(new AccountMenu(page).toggle).toHaveCount(0);
    await axe('sign-in page');

    pageLog.allowConsoleErrors(allowStatus(401));
    await signIn.signIn(owner.email, 'not the password at all');
    await afterHashing(signIn.failure).toHaveText('The email address or password is not right. Check both and try again.');
    await signIn.signIn('nobody@example.com', owner.password);
    await afterHashing(signIn.failure).toHaveText('The email address or password is not right. Check both and try again.');
    await expect(signIn.email).toHaveValue('nobody@example.com');

    await signIn.signIn(owner.email, owner.password);
    await afterHashing(panel.heading).toHaveText('Create connection');
    await expect(page).toHaveURL(/\/connections\/new$/);
    await expect(new AccountMenu(page).toggle).toHaveAccessibleName(`Signed in as ${owner.email}`);

    await panel.fillToken(token);
    await panel.save.click();
    await list.expectRow(token.name, ['Token', storeHash, 'Working']);
    await page.getByRole('button', { name: `Test ${token.name}`, exact: true }).click();
    await expect(list.status(`Connection "${token.name}" is online: connected to Plumtree Outfitters (Plus plan).`)).toBeVisible();
    await secrets.expectNoSecretLeaks([owner.password, token.accessToken]);
  });

  test('after five failures sign-in pauses and says when to try again', async ({ page, pageLog }) => {
    const signIn = new SignInPage(page);
    pageLog.allowConsoleErrors(allowStatus(401, 429));
    await page.goto('/sign-in');
    const throttled = page.getByRole('alert').filter({ hasText: 'Too many failed sign-ins' });
    for (let attempt = 1; attempt <= 6 && !(await throttled.isVisible()); attempt += 1) {
      await signIn.signIn(owner.email, `wrong password number ${attempt}`);
      await afterHashing(signIn.failure).toBeVisible();
      await afterHashing(signIn.submit).toHaveText('Sign in');
    }
    await expect(throttled).toHaveText(/signing in is paused: try again in \d+ minutes \(at \d\d:\d\d[^)]*\)\.$/);
    // The right password waits too: the pause is for the account, not for wrong guesses only.
    await signIn.signIn(owner.email, owner.password);
    await afterHashing(signIn.submit).toHaveText('Sign in');
    await expect(throttled).toBeVisible();
    await expect(signIn.heading).toBeVisible();
  });

  test('a password with a control character, or longer than any password can be, is named on its field and never sent', async ({ page }) => {
    const signIn = new SignInPage(page);
    const sent: string[] = [];
    page.on('request', (request) => void (request.method() === 'POST' && sent.push(request.url())));
    await page.goto('/sign-in');
    await signIn.signIn(owner.email, `${owner.password}\u0000`);
    await expect(signIn.password).toHaveAttribute('aria-invalid', 'true');
    await expect(signIn.password).toHaveAccessibleDescription(contains(sessionMessages.passwordHasControl));
    await signIn.password.fill('p'.repeat(257));
    await signIn.submit.click();
    await expect(signIn.password).toHaveAccessibleDescription(contains(sessionMessages.passwordTooLong(257)));
    expect(sent).toEqual([]);
  });

  test('by keyboard alone: sign in, open the header menu, sign out; the server ends the session, and pages ask to sign in again', async ({ page, list }) => {
    await page.goto('/');
    await signInThroughThePage(page);
    await list.expectLoaded();
    const menu = new AccountMenu(page);
    await menu.toggle.focus();
    await page.keyboard.press('Enter');
    await expect(menu.item('Sign out')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu.item('Sign out')).toBeHidden();
    await expect(menu.toggle).toBeFocused();

    await menu.choose('Sign out');
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByText('You have signed out.')).toBeVisible();
    expect((await page.request.get('/api/session')).status()).toBe(401);
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in(\?next=(%2F|\/))?$/);
  });
});

/** On the sign-in page the server sent the browser to: sign in as the owner, by keyboard alone. */
async function signInThroughThePage(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/sign-in/);
  const signIn = new SignInPage(page);
  await expect(signIn.heading).toBeVisible();
  for (let presses = 0; presses < 6 && !(await signIn.email.evaluate((input) => input === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
  await expect(signIn.email).toBeFocused();
  await page.keyboard.type(owner.email);
  await page.keyboard.press('Tab');
  await expect(signIn.password).toBeFocused();
  await page.keyboard.type(owner.password);
  await page.keyboard.press('Enter');
  await afterHashing(page).not.toHaveURL(/\/sign-in/);
}

test.describe('signed in', () => {
  test('the session ends mid-form: sign in again, and the form is back with its draft, asking for the secret again', async ({ page, panel, list, server, pageLog, secrets }) => {
    pageLog.allowConsoleErrors(allowStatus(401));
    await page.goto('/connections/new');
    // The page has asked the server who is signed in (the header's account menu shows it); ended
    // before that, the session's end is found by that first question, before Save is pressed.
    await expect(new AccountMenu(page).toggle).toBeVisible();
    // The form's checks as its fields are filled (another connection to this store, the name taken)
    // ask the server too: they have their answers before the session ends, so Save is what finds it.
    const lookedUp = (q: string) => page.waitForResponse((response) => new URL(response.url()).searchParams.get('q') === q);
    const checked = Promise.all([lookedUp(storeHash), lookedUp(token.name)]);
    await panel.fillToken(token);
    await checked;
    await endSessionElsewhere(page, server.url);
    await panel.save.click();

    const signIn = new SignInPage(page);
    await expect(signIn.heading).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fconnections%2Fnew$/);
    await expect(page.getByText(/Your session has ended\. Sign in again/)).toBeVisible();
    await secrets.expectNoSecretLeaks([token.accessToken]);

    await signIn.signIn(owner.email, owner.password);
    await afterHashing(panel.heading).toHaveText('Create connection');
    const notice = page.getByRole('region', { name: 'Your changes are back' });
    await expect(notice).toContainText('Enter the Access token again, then save.');
    await expect(panel.name).toHaveValue(token.name);
    await expect(panel.clientId).toHaveValue(token.clientId);
    await expect(panel.storeHash).toHaveValue(storeHash);
    await expect(panel.accessToken).toHaveValue('');

    await panel.accessToken.fill(token.accessToken);
    await panel.save.click();
    await list.expectRow(token.name, ['Token', storeHash, 'Working']);
    await expect(list.rows).toHaveCount(1);
  });

  test('signing out of a form with unsaved changes asks first: Stay keeps everything, Leave signs out', async ({ page, panel }) => {
    await page.goto('/connections/new');
    await panel.name.fill('Half-typed connection');
    const menu = new AccountMenu(page);
    await menu.choose('Sign out');
    const question = page.getByRole('alertdialog', { name: 'Leave without saving?' }).or(page.getByRole('dialog', { name: 'Leave without saving?' }));
    await expect(question).toBeVisible();
    await question.getByRole('button', { name: 'Stay' }).click();
    await expect(question).toBeHidden();
    await expect(panel.name).toHaveValue('Half-typed connection');
    expect((await page.request.get('/api/session')).status()).toBe(200);

    await menu.choose('Sign out');
    await question.getByRole('button', { name: 'Leave' }).click();
    await expect(new SignInPage(page).heading).toBeVisible();
    await expect(page.getByText('You have signed out.')).toBeVisible();
    expect((await page.request.get('/api/session')).status()).toBe(401);
  });

  test('change password: a wrong current one is named, then every other session is signed out', async ({ page, server, browser, secrets, pageLog, axe }) => {
    const newPassword = 'seven quiet lanterns over harbour';
    secrets.track(newPassword);
    pageLog.allowConsoleErrors(allowStatus(401));
    const other = await browser.newContext({ storageState: await page.context().storageState() });
    try {
      expect((await other.request.get(`${server.url}/api/session`)).status()).toBe(200);
      await page.goto('/');
      await new AccountMenu(page).choose('Change password');
      const change = new ChangePasswordPage(page);
      await expect(change.heading).toBeFocused();
      await axe('change password');

      await change.change('not my password', newPassword);
      await afterHashing(change.current).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
      await expect(page).toHaveURL(/\/account\/password$/);

      await change.current.fill(owner.password);
      await change.submit.click();
      await afterHashing(page.getByRole('status').first()).toContainText('Your password is changed. Every other session was signed out');
      expect((await other.request.get(`${server.url}/api/session`)).status()).toBe(401);
      expect((await page.request.get('/api/session')).status()).toBe(200);
    } finally {
      await other.close();
    }

    await new AccountMenu(page).choose('Sign out');
    await new SignInPage(page).signIn(owner.email, newPassword);
    await afterHashing(page.getByRole('heading', { name: 'Connections', exact: true })).toBeVisible();
    await secrets.expectNoSecretLeaks([owner.password, newPassword]);
  });

  test('change password: an empty new password asks for one; a common one is named while it is typed, without being sent; Cancel is a button', async ({ page, secrets, axe }) => {
    const common = 'password1234';
    secrets.track(common);
    await page.goto('/account/password');
    const change = new ChangePasswordPage(page);
    await change.current.fill(owner.password);
    await change.submit.click();
    await expect(page.getByRole('alert', { name: 'There is a problem' }).getByRole('link', { name: 'Enter a password.' })).toBeVisible();
    await expect(change.next).toHaveAccessibleDescription(/Enter a password\./);
    await expect(page.getByText(/this one has 0/)).toHaveCount(0);

    const ranges: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/common-passwords/')) ranges.push(new URL(request.url()).pathname);
    });
    await change.next.fill('');
    await change.next.pressSequentially(common);
    // Neither left nor submitted: the message comes once typing pauses.
    await expect(change.next).toHaveAccessibleDescription(/This password is on a list of common passwords that attackers try first\. Choose another\./);
    await expect(change.next).toHaveAttribute('aria-invalid', 'true');
    await expect(change.next).toBeFocused();
    expect(ranges.length).toBeGreaterThan(0);
    for (const path of ranges) expect(path).toMatch(/^\/api\/common-passwords\/[0-9a-f]{5}$/);
    await axe('change password: a common password named while typing');

    await change.next.pressSequentially(' under seven quiet lanterns');
    await expect(change.next).not.toHaveAttribute('aria-invalid', 'true');
    await expect(change.next).not.toHaveAccessibleDescription(/common passwords/);

    // Cancel is a button here, as on every other form.
    await expect(page.getByRole('link', { name: 'Cancel', exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connections' })).toBeVisible();
  });

  test('the activity page lists what was done, newest first', async ({ page, list, panel, axe }) => {
    await page.goto('/connections/new');
    await panel.fillToken(token);
    await panel.save.click();
    await list.expectRow(token.name, ['Working']);
    await page.getByRole('button', { name: `Test ${token.name}`, exact: true }).click();
    await expect(list.status(`Connection "${token.name}" is online`)).toBeVisible();
    await list.deleteConnection(token.name);
    await expect(list.row(token.name)).toHaveCount(0);

    await new AccountMenu(page).choose('Activity');
    const activity = new ActivityPage(page);
    await expect(activity.heading).toBeVisible();
    await expect(activity.row(owner.email, 'Deleted a connection', token.name, 'Succeeded')).toHaveCount(1);
    await expect(activity.row(owner.email, 'Tested a connection', token.name, 'Succeeded')).toHaveCount(1);
    await expect(activity.row(owner.email, 'Created a connection', token.name, 'Succeeded')).toHaveCount(1);
    await expect(activity.row(owner.email, 'Signed in', 'Succeeded')).toHaveCount(1);
    const whats = await activity.rows.locator('td:nth-child(3)').allTextContents();
    expect(whats.indexOf('Deleted a connection')).toBeLessThan(whats.indexOf('Created a connection'));
    await expect(activity.table).not.toContainText(token.accessToken);
    await axe('activity page');
  });
});
