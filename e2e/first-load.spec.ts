import { token } from './data';
import { expect, test, type Page } from './fixtures';

/** Records, from before the app's first script runs, every text the page ever showed in a status. */
function recordStatusTexts() {
  const seen = new Set<string>();
  (window as unknown as { statusTexts: Set<string> }).statusTexts = seen;
  new MutationObserver(() => {
    for (const status of document.querySelectorAll('[role="status"]')) {
      const text = status.textContent?.trim();
      if (text) seen.add(text);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

test.describe('a first visit', () => {
  test('straight to /connections/new: the form paints whole, with no "Loading…" before it, and works', async ({ page, panel, list }) => {
    await page.addInitScript(recordStatusTexts);
    await page.goto('/connections/new');
    await expect(panel.heading).toHaveText('Create connection');
    await expect(panel.name).toBeEditable();
    const shown = await page.evaluate(() => [...(window as unknown as { statusTexts: Set<string> }).statusTexts]);
    expect(shown.filter((text) => /Loading/i.test(text))).toEqual([]);

    // The backend starts after that paint: the form still reaches it.
    await panel.fillToken(token);
    await panel.save.click();
    await expect(list.status(token.name)).toBeVisible();
  });
});

/**
 * Holds the app's entry script (the module the HTML loads) until `release` is called, so that the
 * test can act on the prerendered HTML before the app runs.
 */
async function holdAppScript(page: Page, script: RegExp = appEntry): Promise<{ release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(script, async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}

/** The entry chunk the built HTML loads (Vite names it after index.html): the page's loader, src/main.tsx. */
const appEntry = /\/assets\/index-[^/]+\.js$/;
/** The app's start (src/app/start.tsx), which the loader fetches after the first paint. */
const appStart = /\/assets\/start-[^/]+\.js$/;

test.describe('before the app has run, the prerendered form', () => {
  test('keeps what was typed and chosen, the focus and the caret, when the app takes over', async ({ page, panel }) => {
    const script = await holdAppScript(page);
    await page.goto('/connections/new', { waitUntil: 'commit' });
    await expect(panel.name).toBeEditable();
    // The buttons do nothing until the app runs, and say so.
    await expect(panel.save).toBeDisabled();
    await expect(panel.cancel).toBeDisabled();

    await panel.name.click();
    await page.keyboard.type('Typed before the app');
    await panel.authType('Token').check();
    // Back in the name, the caret after "Typed": the app must find it there.
    await panel.name.click();
    await panel.name.evaluate((input: HTMLInputElement) => input.setSelectionRange(5, 5));
    await expect(panel.accessToken).toHaveCount(0);

    script.release();
    // The chosen auth type's section appears once the app runs and the section's parts are here.
    await expect(panel.accessToken).toBeVisible();
    await expect(panel.save).toBeEnabled();
    await expect(panel.cancel).toBeEnabled();
    await expect(panel.name).toHaveValue('Typed before the app');
    await expect(panel.authType('Token')).toBeChecked();
    await expect(panel.name).toBeFocused();
    expect(await panel.name.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([5, 5]);

    // It is the person's input, as if typed now: typing goes on at the caret, and the draft keeps it.
    await page.keyboard.type(' in');
    await expect(panel.name).toHaveValue('Typed in before the app');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('connection-draft:new'))).toContain('Typed in before the app');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('connection-draft:new'))).toContain('token');
  });

  test('does not submit on Enter: nothing reaches the address bar', async ({ page, panel }) => {
    const script = await holdAppScript(page);
    await page.goto('/connections/new', { waitUntil: 'commit' });
    await panel.name.fill('Not in the address');
    await panel.name.press('Enter');
    await panel.authType('Basic').check();
    await panel.authType('Basic').press('Enter');
    await expect(page).toHaveURL(/\/connections\/new$/);

    script.release();
    await expect(panel.username).toBeVisible();
    await expect(page).toHaveURL(/\/connections\/new$/);
    await expect(panel.name).toHaveValue('Not in the address');
  });
});

test.describe('before the app has run, leaving the prerendered form', () => {
  const brandLink = (page: Page) => page.getByRole('link', { name: 'BigCommerce connections' });
  /** The types of the dialogs the page opened, each dismissed (Stay, for a leave prompt). */
  function dismissDialogs(page: Page): string[] {
    const prompts: string[] = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.type());
      void dialog.dismiss();
    });
    return prompts;
  }

  test('untouched: the link goes at once, with no prompt', async ({ page, panel }) => {
    const prompts = dismissDialogs(page);
    const app = await holdAppScript(page, appStart);
    await page.goto('/connections/new', { waitUntil: 'commit' });
    await expect(panel.name).toBeEditable();
    await brandLink(page).click();
    await expect(page).toHaveURL(/\/$/);
    app.release();
    expect(prompts).toEqual([]);
  });

  test('typed into: the browser asks first, staying keeps the text, and then the app asks', async ({ page, panel }) => {
    const prompts = dismissDialogs(page);
    const app = await holdAppScript(page, appStart);
    await page.goto('/connections/new', { waitUntil: 'commit' });
    await panel.name.click();
    await page.keyboard.type('Typed before the app');
    await brandLink(page).click();
    await expect.poll(() => prompts).toEqual(['beforeunload']);
    await expect(page).toHaveURL(/\/connections\/new$/);
    await expect(panel.name).toHaveValue('Typed before the app');

    // Once the app has taken the form over, its own question is asked instead of the browser's.
    app.release();
    await expect(panel.save).toBeEnabled();
    await brandLink(page).click();
    const question = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await expect(question).toBeVisible();
    await question.getByRole('button', { name: 'Stay', exact: true }).click();
    await expect(panel.name).toHaveValue('Typed before the app');
    expect(prompts).toEqual(['beforeunload']);
  });

  test('typed into before even the page\'s loader ran: the browser still asks', async ({ page, panel }) => {
    const prompts = dismissDialogs(page);
    const loader = await holdAppScript(page, appEntry);
    const app = await holdAppScript(page, appStart);
    await page.goto('/connections/new', { waitUntil: 'commit' });
    await panel.name.click();
    await page.keyboard.type('Before the loader');
    // The loader has run once it asks for the app (held here).
    const appRequested = page.waitForRequest(appStart);
    loader.release();
    await appRequested;
    await brandLink(page).click();
    await expect.poll(() => prompts).toEqual(['beforeunload']);
    await expect(panel.name).toHaveValue('Before the loader');
    app.release();
    await expect(panel.save).toBeEnabled();
    await expect(panel.name).toHaveValue('Before the loader');
  });
});

test('on the list, "Create connection" works before the app has run: it loads the prerendered form', async ({ page, list, panel }) => {
  const app = await holdAppScript(page, appStart);
  await page.goto('/', { waitUntil: 'commit' });
  await list.createLink.click();
  await expect(page).toHaveURL(/\/connections\/new$/);
  await expect(panel.name).toBeEditable();
  app.release();
  await expect(panel.save).toBeEnabled();
});

test.describe('when the app cannot run', () => {
  test('its script failed to load: the page says that nothing can be saved', async ({ page, panel, pageLog }) => {
    pageLog.allowConsoleErrors(/Failed to load resource/);
    await page.route(appEntry, (route) => route.abort());
    await page.goto('/connections/new');
    await expect(panel.name).toBeEditable();
    await expect(panel.save).toBeDisabled();
    await expect(page.getByText('The app has not loaded, so nothing here can be saved yet.')).toBeVisible({ timeout: 10_000 });
  });

  test.describe('JavaScript is turned off', () => {
    // The automatic axe and leak checks run scripts in the page, which cannot run here; nothing is typed but a name.
    test.use({ javaScriptEnabled: false, axeCheck: false, leakCheck: false });
    test('the page says so at once, and the form cannot save', async ({ page, panel }) => {
      await page.goto('/connections/new');
      // Playwright's text locators skip <noscript>: by its class, then its text.
      const notice = page.locator('noscript .app-not-running');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('JavaScript is turned off, so this app cannot run');
      await expect(page.getByText('The app has not loaded')).toBeHidden();
      await expect(panel.save).toBeDisabled();
      await panel.name.fill('No script');
      await panel.name.press('Enter');
      await expect(page).toHaveURL(/\/connections\/new$/);
    });
  });
});

test('a page that is not prerendered gets the shell, and renders', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  // The server sent no other page's markup to flash before it.
  const html = await (await page.request.get('/no/such/page', { headers: { Accept: 'text/html' } })).text();
  expect(html).toContain('<div id="root"></div>');
});

/** Every request for a chunk of the sections' parts (lazyParts.ts), from now on. */
function recordSectionPartRequests(page: Page): string[] {
  const sectionPart = /\/assets\/(CredentialsFileImport|ConnectionTest|OAuthAuthorization|OAuthClientDialog)-[^/]+\.js$/;
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (sectionPart.test(new URL(request.url()).pathname)) fetched.push(request.url());
  });
  return fetched;
}

test('the first focus in the form starts fetching the sections\' parts, so a section chosen later comes whole', async ({ page, panel }) => {
  const fetched = recordSectionPartRequests(page);
  await page.goto('/connections/new');
  await expect(panel.save).toBeEnabled(); // the app has taken the page over
  // Everything the page loads by itself (the guide, the schemas, the mock backend) has arrived.
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);

  await panel.name.focus();
  await expect.poll(() => fetched.length).toBeGreaterThanOrEqual(4);
  // Chosen now, Token comes with its import and its test at once.
  await panel.authType('Token').check();
  await expect(panel.form.getByLabel('Import credentials file', { exact: true })).toBeAttached();
  await expect(panel.form.getByRole('button', { name: 'Test connection', exact: true })).toBeVisible();
});

test('focus in the prerendered form before the app ran: the app starts fetching the sections\' parts when it takes over', async ({ page, panel }) => {
  const fetched = recordSectionPartRequests(page);
  const script = await holdAppScript(page);
  await page.goto('/connections/new', { waitUntil: 'commit' });
  await panel.name.click();
  await page.keyboard.type('Early');
  expect(fetched).toEqual([]);
  script.release();
  await expect(panel.save).toBeEnabled();
  // No focus event comes for a field that had the focus before the app ran.
  await expect.poll(() => fetched.length).toBeGreaterThanOrEqual(4);
  await expect(panel.name).toBeFocused();
});

test('a section chosen before its parts have arrived shows whole, at once: nothing in it moves after it appears', async ({ page, panel }) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  // On the context: once the mock backend's service worker controls the page, it fetches the chunks.
  await page.context().route(/\/assets\/(CredentialsFileImport|ConnectionTest)-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/connections/new');
  await expect(panel.save).toBeEnabled();
  // Records whether the Token fields were ever on screen without the test that goes under them.
  await page.evaluate(() => {
    const seen = window as unknown as { partial: boolean };
    seen.partial = false;
    new MutationObserver(() => {
      const fields = document.querySelector('[data-auth-type="token"]');
      const test = [...document.querySelectorAll('button')].some((button) => button.textContent?.trim() === 'Test connection');
      if (fields?.checkVisibility() && !test) seen.partial = true;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });

  await panel.authType('Token').click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the Token fields…' })).toBeVisible();
  await expect(panel.accessToken).toBeHidden();
  release();
  await expect(panel.accessToken).toBeVisible();
  await expect(panel.form.getByRole('button', { name: 'Test connection', exact: true })).toBeVisible();
  await expect(panel.form.getByLabel('Import credentials file', { exact: true })).toBeAttached();
  await expect(page.getByText('Loading the Token fields…')).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { partial: boolean }).partial)).toBe(false);
});

test('an edit page fetches the section\'s parts while the connection loads, so its section shows whole at once', async ({ page, list, panel, backend }) => {
  await list.goto();
  const { id } = await backend.createConnection({ authType: 'token', ...token });
  const fetched = recordSectionPartRequests(page);
  await backend.setScenarioFromStart('connections.get', 'slow', { once: true });
  // A page load, so the connection is not in the list's cache and must be fetched.
  await page.goto(`/connections/${encodeURIComponent(id)}/edit`);
  const loading = page.getByRole('status').filter({ hasText: 'Loading the connection…' });
  await expect(loading).toBeVisible();
  await expect.poll(() => fetched.length).toBeGreaterThanOrEqual(4);
  await expect(loading).toBeVisible();
  await expect(panel.accessToken).toBeVisible({ timeout: 10_000 });
  await expect(panel.form.getByRole('button', { name: 'Test connection', exact: true })).toBeVisible();
});

test('a section whose parts fail to arrive says so in its place, keeps what was typed, and comes whole on retry', async ({ page, panel, pageLog }) => {
  pageLog.allowConsoleErrors(/Failed to load resource/);
  let failing = true;
  await page.context().route(/\/assets\/ConnectionTest-[^/]+\.js$/, (route) => (failing ? route.abort() : route.continue()));
  await page.goto('/connections/new');
  await expect(panel.save).toBeEnabled();
  await panel.name.fill('Kept through a failure');
  await panel.authType('Token').click();

  const failure = page.getByRole('alert').filter({ hasText: 'The Token fields could not be loaded. Check your internet connection, then retry.' });
  await expect(failure).toBeVisible();
  await expect(panel.accessToken).toHaveCount(0);
  await expect(panel.name).toHaveValue('Kept through a failure');
  await expect(panel.authType('Token')).toBeChecked();

  failing = false;
  // By keyboard: the button goes away with the failure, and the focus goes back to the chosen type.
  await page.getByRole('button', { name: 'Retry', exact: true }).press('Enter');
  await expect(panel.authType('Token')).toBeFocused();
  await expect(panel.accessToken).toBeVisible();
  await expect(panel.form.getByRole('button', { name: 'Test connection', exact: true })).toBeVisible();
  await expect(failure).toBeHidden();
  await expect(panel.name).toHaveValue('Kept through a failure');
});
