import type { Locator } from '@playwright/test';
import { demoClient, newClient, oauth2, token } from './data';
import { expect, test, type Backend, type Page, type PageLog } from './fixtures';
import type { MockFailure, MockOperation } from './mock-backend';
import { ConnectionPanel } from './pages/ConnectionPanel';
import { ConnectionsList } from './pages/ConnectionsList';
import { Authorization, TestConnection } from './pages/TestConnection';

// Every request the app makes, under every backend fault: a clear message, a way to retry, nothing
// typed lost, nothing crashed; then the fault is lifted and the retry works. 'slow' (4 s) must show
// progress and then finish by itself.

type Failure = Exclude<MockFailure, 'lost-response'>;

/** All six faults: for the list, saving and the typed test, the three paths people meet most. */
const allFailures: readonly Failure[] = ['server-error', 'unavailable', 'network-error', 'slow', 'malformed-json', 'contract-violation'];
/**
 * For the other operations: 'unavailable' takes the same code path as 'server-error' (an HttpError
 * of 5xx through describeError, only the wording differs, covered above), and 'malformed-json' the
 * same as 'contract-violation' (a ContractError from the http edge). So one of each pair, plus slow.
 */
const distinctFailures: readonly Failure[] = ['server-error', 'network-error', 'contract-violation', 'slow'];

/** What describeError says for each fault (the UI puts its own first sentence before it). */
const said: Record<Exclude<Failure, 'slow'>, RegExp> = {
  'server-error': /The server ran into a problem\. Try again in a moment\./,
  unavailable: /The service is unavailable at the moment\. Wait a minute and try again\./,
  'network-error': /The server could not be reached\. Check your connection and try again\./,
  'malformed-json': /The server sent an answer this page does not understand\. Try again/,
  'contract-violation': /The server sent an answer this page does not understand\. Try again/,
};

/** Chromium logs an error status or a failed fetch as a console error: allowed for that fault only. */
const consoleErrorOf: Partial<Record<Failure, RegExp>> = {
  'server-error': /Failed to load resource: the server responded with a status of 500/,
  unavailable: /Failed to load resource: the server responded with a status of 503/,
  'network-error': /Failed to load resource: net::ERR_FAILED/,
};

/** The 'slow' answer takes 4 s; leave room for the work after it. */
const slowDone = { timeout: 12_000 };

interface Ctx {
  page: Page;
  list: ConnectionsList;
  panel: ConnectionPanel;
  backend: Backend;
  check: TestConnection;
  authorization: Authorization;
  /** What arrange() hands to act() (an id). */
  state: Record<string, string>;
}

interface Case {
  operation: MockOperation;
  /** The UI path, for the test title. */
  path: string;
  failures: readonly Failure[];
  /** Set the scenario before the page loads (the request is made on load). */
  fromStart?: boolean;
  /** Everything up to the moment before the failing request. */
  arrange(ctx: Ctx): Promise<void>;
  /** Makes the request (for fromStart cases: the last navigation). */
  act(ctx: Ctx): Promise<void>;
  /** Where the failure is said (role=alert or role=status). */
  message(ctx: Ctx): Locator;
  /** What shows while a slow answer is awaited. */
  progress(ctx: Ctx): Locator;
  /** The control that tries again. */
  retry(ctx: Ctx): Locator;
  /** Everything typed is still there. */
  kept?(ctx: Ctx): Promise<void>;
  /** The operation went through. */
  done(ctx: Ctx, options?: { timeout: number }): Promise<void>;
}

const namedToken = (name: string) => ({ authType: 'token' as const, ...token, name });
const editPath = (id: string) => `/connections/${encodeURIComponent(id)}/edit`;

async function tokenValuesKept({ panel }: Ctx) {
  await expect(panel.name).toHaveValue(token.name);
  await expect(panel.authType('Token')).toBeChecked();
  await expect(panel.accessToken).toHaveValue(token.accessToken);
  await expect(panel.clientId).toHaveValue(token.clientId);
  await expect(panel.storeHash).toHaveValue(token.storeHash);
}

async function openTokenForm({ page, panel }: Ctx) {
  await page.goto('/connections/new');
  await panel.fillToken(token);
}

/** A saved connection on the list page (created through the API, then the list loaded). */
async function listWithConnection({ page, list, backend }: Ctx) {
  await list.goto();
  await backend.createConnection(namedToken(token.name));
  await page.reload();
  await expect(list.row(token.name)).toHaveCount(1);
}

async function openClientDialog(ctx: Ctx, mode: 'create' | 'edit') {
  await ctx.page.goto('/connections/new');
  await ctx.panel.name.fill(oauth2.name);
  await ctx.panel.chooseAuthType('OAuth 2.0');
  if (mode === 'create') {
    const dialog = await ctx.panel.openCreateClientDialog();
    await dialog.fill(newClient);
  } else {
    await ctx.panel.selectClient(demoClient.name);
    const dialog = await ctx.panel.openEditClientDialog();
    await dialog.clientSecret.fill(demoClient.clientSecret);
  }
}

const cases: Case[] = [
  {
    operation: 'connections.list',
    path: 'the list',
    failures: allFailures,
    fromStart: true,
    arrange: async () => {},
    act: async ({ page, list }) => {
      await page.goto('/');
      await expect(list.heading).toBeVisible();
    },
    message: ({ page }) => page.getByRole('alert').filter({ hasText: 'Could not load the connections' }),
    progress: ({ page }) => page.getByRole('status').filter({ hasText: 'Loading connections…' }),
    retry: ({ page }) => page.getByRole('button', { name: 'Retry', exact: true }),
    done: async ({ list }, options) => {
      await expect(list.emptyState).toBeVisible(options);
    },
  },
  {
    operation: 'connections.get',
    path: 'the edit page',
    failures: distinctFailures,
    fromStart: true,
    arrange: async ({ list, backend, state }) => {
      await list.goto();
      state.id = (await backend.createConnection(namedToken(token.name))).id;
    },
    act: async ({ page, state }) => {
      // A page load, so the connection is not in the list's cache and must be fetched.
      await page.goto(editPath(state.id ?? ''));
    },
    message: ({ page }) => page.getByRole('alert').filter({ hasText: 'Could not load the connection.' }),
    progress: ({ page }) => page.getByRole('status').filter({ hasText: 'Loading the connection…' }),
    retry: ({ page }) => page.getByRole('button', { name: 'Retry', exact: true }),
    done: async ({ panel }, options) => {
      await expect(panel.name).toHaveValue(token.name, options);
      await expect(panel.heading).toHaveText('Edit connection');
    },
  },
  {
    operation: 'connections.create',
    path: 'saving a new connection',
    failures: allFailures,
    arrange: openTokenForm,
    act: async ({ panel }) => panel.save.click(),
    message: ({ page }) => page.getByRole('alert').filter({ hasText: 'The connection was not saved.' }),
    progress: ({ panel }) => panel.save.filter({ hasText: 'Saving…' }),
    // Save is the retry: the message says to try again, and everything typed is still in the form.
    retry: ({ panel }) => panel.save,
    kept: tokenValuesKept,
    done: async ({ list }, options) => {
      await expect(list.row(token.name)).toHaveCount(1, options);
      await expect(list.status(`Connection "${token.name}"`)).toBeVisible();
    },
  },
  {
    operation: 'connections.update',
    path: 'saving an edited connection',
    failures: distinctFailures,
    arrange: async (ctx) => {
      await listWithConnection(ctx);
      await ctx.list.editButton(token.name).click();
      await expect(ctx.panel.heading).toHaveText('Edit connection');
      await ctx.panel.accessToken.fill(token.accessToken);
      await ctx.panel.storeHash.fill(token.storeHash);
    },
    act: async ({ panel }) => panel.save.click(),
    message: ({ page }) => page.getByRole('alert').filter({ hasText: 'The connection was not saved.' }),
    progress: ({ panel }) => panel.save.filter({ hasText: 'Saving…' }),
    retry: ({ panel }) => panel.save,
    kept: async ({ panel }) => {
      await expect(panel.heading).toHaveText('Edit connection');
      await expect(panel.name).toHaveValue(token.name);
      await expect(panel.accessToken).toHaveValue(token.accessToken);
      await expect(panel.clientId).toHaveValue(token.clientId);
    },
    done: async ({ list, panel }, options) => {
      await expect(panel.heading).toBeHidden(options);
      await expect(list.row(token.name)).toHaveCount(1);
    },
  },
  {
    operation: 'connections.delete',
    path: 'the delete confirmation',
    failures: distinctFailures,
    arrange: listWithConnection,
    act: async ({ list }) => {
      await list.deleteButton(token.name).click();
      await list.confirmDialog.getByRole('button', { name: 'Delete', exact: true }).click();
    },
    message: ({ list }) => list.confirmDialog.getByRole('alert').filter({ hasText: 'The connection was not deleted.' }),
    // (list.confirmDialog is found by its "Delete" button, which is "Deleting…" meanwhile.)
    progress: ({ page }) => page.getByRole('alertdialog').getByRole('button', { name: 'Deleting…', exact: true }),
    // The dialog stays open with its Delete button: that is the retry.
    retry: ({ list }) => list.confirmDialog.getByRole('button', { name: 'Delete', exact: true }),
    kept: async ({ page, list }) => {
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await expect(list.row(token.name)).toHaveCount(1);
    },
    done: async ({ list }, options) => {
      await expect(list.confirmDialog).toBeHidden(options);
      await expect(list.row(token.name)).toHaveCount(0);
      await expect(list.status(`Connection "${token.name}" deleted.`)).toBeVisible();
    },
  },
  {
    operation: 'connections.test',
    path: 'Test connection (typed)',
    failures: allFailures,
    arrange: openTokenForm,
    act: async ({ check }) => check.button.click(),
    message: ({ check }) => check.result.filter({ hasText: 'The test could not run.' }),
    progress: ({ check }) => check.result.filter({ hasText: 'Testing…' }),
    retry: ({ check }) => check.retry,
    kept: tokenValuesKept,
    done: async ({ check }, options) => {
      await expect(check.result).toContainText('Plumtree Outfitters', options);
    },
  },
  {
    operation: 'connections.test',
    path: 'Test in a list row',
    failures: distinctFailures,
    arrange: listWithConnection,
    act: async ({ page }) => page.getByRole('button', { name: `Test ${token.name}`, exact: true }).click(),
    message: ({ list }) => list.status(`Connection "${token.name}" could not be tested.`),
    progress: ({ page }) => page.getByRole('button', { name: `Testing… ${token.name}`, exact: true }),
    // The row's Test button stays: it is the retry.
    retry: ({ page }) => page.getByRole('button', { name: `Test ${token.name}`, exact: true }),
    done: async ({ list }, options) => {
      await expect(list.status(`Connection "${token.name}" is online`)).toBeVisible(options);
    },
  },
  {
    operation: 'oauthClients.list',
    path: 'the OAuth 2.0 client select',
    failures: distinctFailures,
    fromStart: true,
    arrange: async () => {},
    act: async ({ page, panel }) => {
      await page.goto('/connections/new');
      await panel.name.fill(oauth2.name);
      await panel.chooseAuthType('OAuth 2.0');
    },
    message: ({ page }) => page.getByRole('alert').filter({ hasText: 'Could not load the OAuth 2.0 clients.' }),
    // An <option> is never "visible" to Playwright: the select says it is busy, and its first option what it waits for.
    progress: ({ page, panel }) => panel.oauthClient.and(page.locator('[aria-busy="true"]')).filter({ hasText: 'Loading OAuth 2.0 clients…' }),
    retry: ({ page }) => page.getByRole('button', { name: 'Retry', exact: true }),
    kept: async ({ panel }) => {
      await expect(panel.name).toHaveValue(oauth2.name);
      await expect(panel.authType('OAuth 2.0')).toBeChecked();
    },
    done: async ({ panel }, options) => {
      await expect(panel.oauthClient.getByRole('option', { name: demoClient.name })).toBeAttached(options);
      await panel.selectClient(demoClient.name);
    },
  },
  {
    operation: 'oauthClients.create',
    path: 'the client dialog (create)',
    failures: distinctFailures,
    arrange: (ctx) => openClientDialog(ctx, 'create'),
    act: async ({ panel }) => panel.clientDialog.save.click(),
    message: ({ panel }) => panel.clientDialog.root.getByRole('alert').filter({ hasText: 'The OAuth 2.0 client was not saved.' }),
    progress: ({ panel }) => panel.clientDialog.save.filter({ hasText: 'Saving…' }),
    retry: ({ panel }) => panel.clientDialog.save,
    kept: async ({ panel }) => {
      await expect(panel.clientDialog.name).toHaveValue(newClient.name);
      await expect(panel.clientDialog.clientId).toHaveValue(newClient.clientId);
      await expect(panel.clientDialog.clientSecret).toHaveValue(newClient.clientSecret);
      await expect(panel.name).toHaveValue(oauth2.name);
    },
    done: async ({ panel }, options) => {
      await expect(panel.clientDialog.root).toBeHidden(options);
      await panel.expectSelectedClient(newClient.name);
      await expect(panel.oauthClient.getByRole('option', { name: newClient.name })).toHaveCount(1);
    },
  },
  {
    operation: 'oauthClients.update',
    path: 'the client dialog (edit)',
    failures: distinctFailures,
    arrange: (ctx) => openClientDialog(ctx, 'edit'),
    act: async ({ panel }) => panel.clientDialog.save.click(),
    message: ({ panel }) => panel.clientDialog.root.getByRole('alert').filter({ hasText: 'The OAuth 2.0 client was not saved.' }),
    progress: ({ panel }) => panel.clientDialog.save.filter({ hasText: 'Saving…' }),
    retry: ({ panel }) => panel.clientDialog.save,
    kept: async ({ panel }) => {
      await expect(panel.clientDialog.name).toHaveValue(demoClient.name);
      await expect(panel.clientDialog.clientSecret).toHaveValue(demoClient.clientSecret);
    },
    done: async ({ panel }, options) => {
      await expect(panel.clientDialog.root).toBeHidden(options);
      await panel.expectSelectedClient(demoClient.name);
    },
  },
  {
    operation: 'connections.authorize',
    path: 'Save & authorize',
    failures: distinctFailures,
    arrange: async ({ page, panel }) => {
      await page.goto('/connections/new');
      await panel.fillOAuth2(oauth2);
    },
    act: async ({ authorization }) => authorization.saveAndAuthorize.click(),
    message: ({ authorization }) => authorization.alert.filter({ hasText: 'The authorization could not start.' }),
    progress: ({ authorization }) => authorization.waiting.filter({ hasText: 'Opening BigCommerce…' }),
    retry: ({ authorization }) => authorization.group.getByRole('button', { name: 'Authorize again', exact: true }),
    kept: async ({ panel }) => {
      // The save went through: the panel is the saved connection's, with what was entered.
      await expect(panel.heading).toHaveText('Edit connection');
      await expect(panel.name).toHaveValue(oauth2.name);
      await expect(panel.storeHash).toHaveValue(oauth2.storeHash);
    },
    done: async ({ page, authorization }, options) => {
      await expect(authorization.waiting).toContainText('Approve the app in the BigCommerce window', options);
      const popup = page.context().pages().find((candidate) => candidate !== page);
      expect(popup, 'the consent page opened in the popup').toBeDefined();
      await expect(popup!.getByRole('heading', { name: /^Authorize / })).toBeVisible();
      await popup!.close();
    },
  },
];

async function runCase(ctx: Ctx, pageLog: PageLog, item: Case, failure: Failure) {
  const allowed = consoleErrorOf[failure];
  if (allowed) pageLog.allowConsoleErrors(allowed);
  // A slow answer is slow once; an error stays until lifted, so the app's own automatic retry fails too.
  const options = failure === 'slow' ? { once: true } : {};
  if (item.fromStart) await ctx.backend.setScenarioFromStart(item.operation, failure, options);
  await item.arrange(ctx);
  if (!item.fromStart) await ctx.backend.setScenario(item.operation, failure, options);
  await item.act(ctx);

  if (failure === 'slow') {
    await expect(item.progress(ctx)).toBeVisible();
    await item.kept?.(ctx);
    await item.done(ctx, slowDone);
    return;
  }
  await expect(item.message(ctx)).toContainText(said[failure]);
  await expect(item.retry(ctx)).toBeVisible();
  await expect(item.retry(ctx)).toBeEnabled();
  await item.kept?.(ctx);

  await ctx.backend.clearScenarios();
  await item.retry(ctx).click();
  await item.done(ctx);
}

test.describe('backend faults on every request', () => {
  for (const item of cases) {
    for (const failure of item.failures) {
      test(`${item.operation} · ${item.path} · ${failure}`, async ({ page, list, panel, backend, pageLog }) => {
        await runCase({ page, list, panel, backend, check: new TestConnection(page), authorization: new Authorization(page), state: {} }, pageLog, item, failure);
      });
    }
  }
});

test.describe('saving is idempotent', () => {
  test('the answer to a save is lost: the retry sends the same Idempotency-Key and creates exactly one connection', async ({ page, list, panel, backend, pageLog }) => {
    pageLog.allowConsoleErrors(consoleErrorOf['network-error']!);
    await page.goto('/connections/new');
    await panel.fillToken(token);
    await backend.setScenario('connections.create', 'lost-response', { once: true });
    const lost = page.waitForRequest((request) => request.url().endsWith('/api/connections') && request.method() === 'POST');
    await panel.save.click();
    const firstKey = (await lost).headers()['idempotency-key'];
    expect(firstKey).toMatch(/^[0-9a-f-]{36}$/);
    await expect(page.getByRole('alert').filter({ hasText: 'The connection was not saved.' })).toContainText(said['network-error']);
    await tokenValuesKept({ page, list, panel, backend, check: new TestConnection(page), authorization: new Authorization(page), state: {} });

    const retried = page.waitForResponse((response) => response.url().endsWith('/api/connections') && response.request().method() === 'POST');
    await panel.save.click();
    const replay = await retried;
    expect(replay.request().headers()['idempotency-key']).toBe(firstKey);
    expect(replay.status()).toBe(201);
    expect(replay.headers()['idempotent-replayed']).toBe('true');
    await expect(list.row(token.name)).toHaveCount(1);
    await page.reload();
    await expect(list.rows).toHaveCount(1);
  });

  test('changed values after a failed save get a new key', async ({ page, panel, backend, pageLog }) => {
    pageLog.allowConsoleErrors(consoleErrorOf['server-error']!);
    await page.goto('/connections/new');
    await panel.fillToken(token);
    await backend.setScenario('connections.create', 'server-error', { once: true });
    const first = page.waitForRequest((request) => request.url().endsWith('/api/connections') && request.method() === 'POST');
    await panel.save.click();
    const firstKey = (await first).headers()['idempotency-key'];
    await expect(page.getByRole('alert').filter({ hasText: 'The connection was not saved.' })).toBeVisible();

    await panel.name.fill(`${token.name} (2)`);
    const second = page.waitForRequest((request) => request.url().endsWith('/api/connections') && request.method() === 'POST');
    await panel.save.click();
    const secondKey = (await second).headers()['idempotency-key'];
    expect(secondKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(secondKey).not.toBe(firstKey);
  });
});
