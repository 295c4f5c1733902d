import { basic, pastedStoreHashes, storeHash, token } from './data';
import { expect, test, type Page } from './fixtures';
import { TestConnection } from './pages/TestConnection';

test('the list: empty, with rows, and the delete confirmation', async ({ list, backend, axe }) => {
  await list.goto();
  await expect(list.emptyState).toBeVisible();
  await axe('empty list');

  await backend.createConnection({ authType: 'token', ...token });
  await backend.createConnection({ authType: 'basic', ...basic });
  await list.page.reload();
  await expect(list.rows).toHaveCount(2);
  await axe('list with rows');

  await list.deleteButton(token.name).click();
  await expect(list.confirmDialog).toBeVisible();
  await axe('delete confirmation');
});

test('the create panel: no type yet, each auth type, and errors shown', async ({ page, panel, axe }) => {
  await page.goto('/connections/new');
  await expect(panel.heading).toBeVisible();
  await axe('create panel, no auth type');

  await panel.save.click();
  await expect(panel.errorSummary).toBeFocused();
  await axe('errors shown');

  await panel.chooseAuthType('Token');
  await expect(panel.accessToken).toBeVisible();
  await axe('Token');

  await panel.chooseAuthType('Basic');
  await expect(panel.password).toBeVisible();
  await axe('Basic');

  await panel.chooseAuthType('OAuth 2.0');
  await expect(panel.scopes).toBeVisible();
  await axe('OAuth 2.0');

  await panel.save.click();
  await expect(panel.errorSummary).toBeFocused();
  await axe('OAuth 2.0 with errors');
});

test('the OAuth 2.0 client dialog, empty and with errors', async ({ page, panel, axe }) => {
  await page.goto('/connections/new');
  await panel.chooseAuthType('OAuth 2.0');
  const dialog = await panel.openCreateClientDialog();
  await axe('client dialog open');

  await dialog.save.click();
  await expect(dialog.name).toHaveAttribute('aria-invalid', 'true');
  await axe('client dialog with errors');
});

test('the edit panel of a saved connection', async ({ list, panel, backend, axe }) => {
  await list.goto();
  await backend.createConnection({ authType: 'token', ...token });
  await list.page.reload();
  await list.editButton(token.name).click();
  await expect(panel.heading).toHaveText('Edit connection');
  await axe('edit panel');
});

/** The longest animation or transition (seconds) any element has now, and where. */
async function longestMotion(page: Page) {
  return page.evaluate(() => {
    const seconds = (value: string) => Math.max(0, ...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part)) || 0));
    const found: Array<{ what: string; where: string; seconds: number }> = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const pseudo of [null, '::before', '::after'] as const) {
        const style = getComputedStyle(element, pseudo);
        const where = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${String(element.className).split(' ')[0]}${pseudo ?? ''}`;
        if (style.animationName !== 'none') found.push({ what: `animation ${style.animationName}`, where, seconds: seconds(style.animationDuration) });
        if (style.transitionProperty !== 'none') found.push({ what: `transition ${style.transitionProperty}`, where, seconds: seconds(style.transitionDuration) });
      }
    }
    // And whatever is running now (a transition just started, a Web Animation).
    for (const animation of document.getAnimations()) {
      const duration = Number(animation.effect?.getComputedTiming().duration ?? 0);
      found.push({ what: `running ${animation.constructor.name}`, where: String((animation.effect as KeyframeEffect | null)?.target?.tagName), seconds: duration / 1000 });
    }
    return found.sort((a, b) => b.seconds - a.seconds)[0] ?? { what: 'nothing', where: '', seconds: 0 };
  });
}

test('prefers-reduced-motion: no animation or transition longer than 0.01 s, in the list, the dialog and the panel', async ({ page, list, panel, backend }) => {
  // Without the preference the app does animate (so the check below can fail).
  await list.goto();
  expect((await longestMotion(page)).seconds).toBeGreaterThan(0.01);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await backend.createConnection({ authType: 'token', ...token });
  await page.reload();
  await expect(list.rows).toHaveCount(1);
  const states: Array<[string, () => Promise<void>]> = [
    ['the list', async () => {}],
    [
      'the delete confirmation opening',
      async () => {
        await list.deleteButton(token.name).click();
        await expect(list.confirmDialog).toBeVisible();
      },
    ],
    [
      'the panel, Token chosen, a button hovered',
      async () => {
        await list.confirmDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
        await list.createLink.click();
        await panel.chooseAuthType('Token');
        await panel.save.hover();
      },
    ],
    [
      'the panel with errors',
      async () => {
        await panel.save.click();
        await expect(panel.errorSummary).toBeFocused();
      },
    ],
  ];
  for (const [state, reach] of states) {
    await reach();
    const longest = await longestMotion(page);
    expect(longest.seconds, `${state}: ${longest.what} on ${longest.where}`).toBeLessThanOrEqual(0.01);
  }
});

/** Marks every live region in the page now, to tell later whether a region was there before its message. */
async function markLiveRegions(page: Page) {
  return page.evaluate(() => {
    const regions = Array.from(document.querySelectorAll('[role="status"], [role="alert"], [aria-live]'));
    for (const region of regions) region.setAttribute('data-e2e-present-before', '');
    return regions.length;
  });
}

test('every status change is announced: each live region is in the page, empty, before its message arrives', async ({ page, list, panel }) => {
  const check = new TestConnection(page);
  const before = (region: ReturnType<Page['getByRole']>) => expect(region, 'the live region existed before its message').toHaveAttribute('data-e2e-present-before', '');

  // The app's status message: rendered empty at page load, on every page.
  await list.goto();
  const appStatus = page.locator('main > div > [role="status"]');
  await expect(appStatus).toHaveCount(1);
  await expect(appStatus).toHaveText('');
  expect(await markLiveRegions(page)).toBeGreaterThan(0);

  // Test connection's result, on the panel.
  await list.createLink.click();
  await panel.chooseAuthType('Token');
  await expect(check.result).toHaveCount(1);
  await expect(check.result).toHaveText('');
  // The store hash note, and the notice of another connection to the same store, beside Store hash.
  const storeHashNote = panel.storeHash.locator('xpath=ancestor::*[.//*[@role="status"]][1]').getByRole('status').first();
  await expect(storeHashNote).toHaveText('');
  await markLiveRegions(page);

  await panel.name.fill(token.name);
  await panel.accessToken.fill(token.accessToken);
  await panel.clientId.fill(token.clientId);
  await panel.storeHash.fill(pastedStoreHashes[0].pasted);
  await panel.storeHash.blur();
  await expect(panel.storeHash).toHaveValue(storeHash);
  const note = page.getByRole('status').filter({ hasText: `Reduced to the store hash ${storeHash}` });
  await expect(note).toHaveCount(1);
  await before(note);

  await check.run();
  await expect(check.result).toContainText('Connected to Plumtree Outfitters');
  await before(check.result);

  // The copy confirmation, beside "Copy redirect URL".
  await panel.chooseAuthType('OAuth 2.0');
  await expect(panel.copyRedirectUrl).toBeVisible();
  await markLiveRegions(page);
  await panel.copyRedirectUrl.click();
  const copied = page.getByRole('status').filter({ hasText: /^Copied/ });
  await expect(copied).toHaveCount(1);
  await before(copied);

  // Back to Token, saved: the app's status message says so in the region that was there all along.
  await panel.chooseAuthType('Token');
  await panel.accessToken.fill(token.accessToken);
  await panel.clientId.fill(token.clientId);
  await panel.save.click();
  const saved = list.status(`Connection "${token.name}" saved.`);
  await expect(saved).toBeVisible();
  await before(saved);
});
