// "Nothing lost": the panel's draft survives a reload or a closed tab (secrets never stored), and
// leaving with unsaved changes asks first (Cancel, links, back/forward, the browser's own unload).
import { basic, oauth2, storeHash, token } from './data';
import { expect, test, type Backend, type Page } from './fixtures';
import type { ConnectionPanel } from './pages/ConnectionPanel';

const newKey = 'connection-draft:new';

const storedDraft = (page: Page, key = newKey) => page.evaluate((k) => localStorage.getItem(k), key);

/** Waits until the debounced draft holds `text` (the last thing typed). */
async function expectDraftWith(page: Page, text: string, key = newKey): Promise<void> {
  await expect.poll(() => storedDraft(page, key)).toContain(text);
}

function restoreOffer(page: Page) {
  const region = page.getByRole('region', { name: 'Unsaved changes' });
  return {
    region,
    restore: region.getByRole('button', { name: 'Restore draft', exact: true }),
    discard: region.getByRole('button', { name: 'Discard draft', exact: true }),
  };
}

function leaveDialog(page: Page) {
  const root = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  return { root, leave: root.getByRole('button', { name: 'Leave', exact: true }), stay: root.getByRole('button', { name: 'Stay', exact: true }) };
}

test.describe('the draft', () => {
  test('Token: every non-secret field comes back after a reload, the access token does not', async ({ page, panel, secrets, axe }) => {
    await page.goto('/connections/new');
    await panel.fillToken(token);
    await expectDraftWith(page, token.storeHash);
    expect(await storedDraft(page)).not.toContain(token.accessToken);

    await page.reload();
    const offer = restoreOffer(page);
    await expect(offer.region).toContainText(/You have unsaved changes from .+\. Restore them\?/);
    await expect(panel.name).toHaveValue('');
    await axe('restore offer');

    await offer.restore.click();
    await expect(offer.region).toBeHidden();
    await expect(panel.name).toBeFocused();
    await expect(panel.name).toHaveValue(token.name);
    await expect(panel.authType('Token')).toBeChecked();
    await expect(panel.clientId).toHaveValue(token.clientId);
    await expect(panel.storeHash).toHaveValue(token.storeHash);
    await expect(panel.accessToken).toHaveValue('');
    await secrets.expectNoSecretLeaks([token.accessToken]);
  });

  test('Basic: every non-secret field comes back after a reload, the password does not', async ({ page, panel, secrets }) => {
    await page.goto('/connections/new');
    await panel.fillBasic({ ...basic, name: 'Basic draft' });
    await expectDraftWith(page, storeHash);
    await page.reload();

    await restoreOffer(page).restore.click();
    await expect(panel.name).toHaveValue('Basic draft');
    await expect(panel.authType('Basic')).toBeChecked();
    await expect(panel.username).toHaveValue(basic.username);
    await expect(panel.storeHash).toHaveValue(storeHash);
    await expect(panel.password).toHaveValue('');
    await secrets.expectNoSecretLeaks([basic.password]);
  });

  test('OAuth 2.0: name, store hash, client and scopes come back after a reload', async ({ page, panel }) => {
    await page.goto('/connections/new');
    await panel.fillOAuth2(oauth2);
    await expectDraftWith(page, 'store_v2_products_read_only');
    await page.reload();

    await restoreOffer(page).restore.click();
    await expect(panel.name).toHaveValue(oauth2.name);
    await expect(panel.authType('OAuth 2.0')).toBeChecked();
    await expect(panel.storeHash).toHaveValue(storeHash);
    await panel.expectSelectedClient(oauth2.client);
    await expect(panel.scopeLevel(oauth2.scope.resource, oauth2.scope.level)).toBeChecked();
  });

  test('"Discard draft" drops it for good', async ({ page, panel }) => {
    await page.goto('/connections/new');
    await panel.name.fill('Thrown away');
    await expectDraftWith(page, 'Thrown away');
    await page.reload();

    await restoreOffer(page).discard.click();
    await expect(restoreOffer(page).region).toBeHidden();
    await expect(panel.name).toBeFocused();
    await expect(panel.name).toHaveValue('');
    expect(await storedDraft(page)).toBeNull();
    await page.reload();
    await expect(panel.heading).toBeVisible();
    await expect(restoreOffer(page).region).toBeHidden();
  });

  test('a save drops it, and leaves without asking', async ({ page, panel, list }) => {
    await page.goto('/connections/new');
    await panel.fillToken(token);
    await expectDraftWith(page, token.storeHash);
    await panel.save.click();

    await expect(list.status(token.name)).toBeVisible();
    await expect(leaveDialog(page).root).toBeHidden();
    expect(await storedDraft(page)).toBeNull();
    await list.createLink.click();
    await expect(panel.heading).toBeVisible();
    await expect(restoreOffer(page).region).toBeHidden();
  });

  test('editing: the draft is the connection\'s own, and the secret must be entered again', async ({ page, panel, list, backend }) => {
    await page.goto('/');
    const { id } = await backend.createConnection({ authType: 'token', ...token });
    await page.goto(`/connections/${id}/edit`);
    await expect(panel.name).toHaveValue(token.name);
    await panel.name.fill('Renamed store');
    await expectDraftWith(page, 'Renamed store', `connection-draft:${id}`);
    expect(await storedDraft(page)).toBeNull();

    await page.reload();
    await restoreOffer(page).restore.click();
    await expect(panel.name).toHaveValue('Renamed store');
    await expect(panel.clientId).toHaveValue(token.clientId);
    await expect(panel.accessToken).toHaveValue('');

    // Restored changes are unsaved changes: leaving asks.
    await panel.cancel.click();
    await leaveDialog(page).leave.click();
    await expect(list.heading).toBeVisible();
    expect(await storedDraft(page, `connection-draft:${id}`)).toBeNull();
  });
});

/** A saved Token connection, its edit panel, and a draft of it holding `renamed`; answers the draft's storage key. */
async function editDraftOf({ page, panel, backend }: { page: Page; panel: ConnectionPanel; backend: Backend }, renamed: string): Promise<string> {
  await page.goto('/');
  const { id } = await backend.createConnection({ authType: 'token', ...token });
  const key = `connection-draft:${id}`;
  await page.goto(`/connections/${id}/edit`);
  await panel.name.fill(renamed);
  await expectDraftWith(page, renamed, key);
  return key;
}

test('editing: a draft older than the connection\'s last change says so before it is restored', async ({ page, panel, backend }) => {
  const key = await editDraftOf({ page, panel, backend }, 'Renamed in a tab left open');
  // As if the connection had been saved elsewhere after this draft was written: the draft is based on an older version.
  await page.evaluate((k) => {
    const draft = JSON.parse(localStorage.getItem(k) ?? '{}') as { basedOn?: string };
    draft.basedOn = '2026-01-01T00:00:00.000Z';
    localStorage.setItem(k, JSON.stringify(draft));
  }, key);

  await page.reload();
  const offer = restoreOffer(page);
  await expect(offer.region).toContainText(/The connection has changed since .*restoring puts the draft's values over the newer ones/);
  await offer.discard.click();
  await expect(panel.name).toHaveValue(token.name);
  expect(await storedDraft(page, key)).toBeNull();
});

test('editing: a draft of the current version offers no such warning', async ({ page, panel, backend }) => {
  await editDraftOf({ page, panel, backend }, 'Renamed');
  await page.reload();
  await expect(restoreOffer(page).region).toBeVisible();
  await expect(restoreOffer(page).region).not.toContainText('has changed since');
});

test.describe('leaving with unsaved changes', () => {
  test('Cancel asks; Stay keeps everything and focus; Leave leaves and drops the draft', async ({ page, panel, list, axe }) => {
    await page.goto('/connections/new');
    await panel.chooseAuthType('Token');
    await panel.name.fill('Half done');
    await panel.accessToken.fill(token.accessToken);
    await expectDraftWith(page, 'Half done');

    await panel.cancel.click();
    const dialog = leaveDialog(page);
    await expect(dialog.root).toBeVisible();
    await expect(dialog.stay).toBeFocused();
    await axe('leave dialog');

    await dialog.stay.click();
    await expect(dialog.root).toBeHidden();
    await expect(panel.cancel).toBeFocused();
    await expect(panel.heading).toBeVisible();
    await expect(panel.name).toHaveValue('Half done');
    await expect(panel.accessToken).toHaveValue(token.accessToken);

    await panel.cancel.click();
    await dialog.leave.click();
    await expect(list.heading).toBeVisible();
    expect(await storedDraft(page)).toBeNull();
  });

  test('Escape answers Stay', async ({ page, panel }) => {
    await page.goto('/connections/new');
    await panel.name.fill('Kept');
    await panel.cancel.click();
    await expect(leaveDialog(page).root).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(leaveDialog(page).root).toBeHidden();
    await expect(panel.cancel).toBeFocused();
    await expect(panel.name).toHaveValue('Kept');
  });

  test('an untouched panel closes without asking', async ({ page, panel, list }) => {
    await page.goto('/connections/new');
    await expect(panel.name).toBeVisible();
    await panel.cancel.click();
    await expect(list.heading).toBeVisible();
  });

  test('the header\'s home link asks', async ({ page, panel, list }) => {
    await page.goto('/connections/new');
    await panel.name.fill('Via the header');
    // The question is the app's: before it runs (the prerendered page), the link is a plain link.
    await expect(panel.save).toBeEnabled();
    const home = page.getByRole('banner').getByRole('link', { name: 'BigCommerce connections' });

    await home.click();
    await expect(leaveDialog(page).root).toBeVisible();
    await leaveDialog(page).stay.click();
    await expect(home).toBeFocused();
    await expect(page).toHaveURL(/\/connections\/new$/);
    await expect(panel.name).toHaveValue('Via the header');

    await home.click();
    await leaveDialog(page).leave.click();
    await expect(list.heading).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  });

  test('the browser\'s Back asks; Stay keeps the panel and its address', async ({ page, panel, list }) => {
    await list.goto();
    await list.createLink.click();
    await panel.name.fill('Going back');

    await page.goBack();
    await expect(leaveDialog(page).root).toBeVisible();
    await expect(panel.name).toHaveValue('Going back');
    await leaveDialog(page).stay.click();
    await expect(leaveDialog(page).root).toBeHidden();
    await expect(page).toHaveURL(/\/connections\/new$/);
    await expect(panel.name).toHaveValue('Going back');

    await page.goBack();
    await leaveDialog(page).leave.click();
    await expect(list.heading).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  });

  test('closing the tab gets the browser\'s prompt, and the draft stays for next time', async ({ page, panel }) => {
    await page.goto('/connections/new');
    await panel.name.fill('Closing');
    await expectDraftWith(page, 'Closing');

    const dialog = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const prompt = await dialog;
    expect(prompt.type()).toBe('beforeunload');
    await prompt.dismiss();
    expect(page.isClosed()).toBe(false);
    await expect(panel.name).toHaveValue('Closing');
    expect(await storedDraft(page)).toContain('Closing');
  });
});

test('an untouched edit panel closes without asking', async ({ page, panel, list, backend }) => {
  await page.goto('/');
  const { id } = await backend.createConnection({ authType: 'oauth2', name: oauth2.name, storeHash, oauthClientId: 'demo-oauth-client', scopes: ['store_v2_products_read_only'] });
  await page.goto(`/connections/${id}/edit`);
  await expect(panel.name).toHaveValue(oauth2.name);
  await panel.cancel.click();
  await expect(list.heading).toBeVisible();
  expect(await storedDraft(page, `connection-draft:${id}`)).toBeNull();
});

test.describe('motion and focus', () => {
  test('with reduced motion nothing moves: no transition, animation or smooth scrolling', async ({ page, panel }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/connections/new');
    await panel.chooseAuthType('OAuth 2.0');
    await panel.name.fill('Moving?');
    await panel.cancel.click();
    await expect(leaveDialog(page).root).toBeVisible();

    const moving = await page.evaluate(() => {
      const seconds = (value: string) => Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part))));
      const found: string[] = [];
      for (const element of [document.documentElement, ...Array.from(document.querySelectorAll('*'))]) {
        const style = getComputedStyle(element);
        const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${String(element.className).slice(0, 40)}`;
        if (seconds(style.transitionDuration) > 0.001 && style.transitionProperty !== 'none') found.push(`${name} transition ${style.transitionDuration}`);
        if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.001) found.push(`${name} animation ${style.animationDuration}`);
        if (style.scrollBehavior === 'smooth') found.push(`${name} scroll-behavior smooth`);
      }
      return found;
    });
    expect(moving).toEqual([]);
  });

  test('every control shows a visible focus ring when reached by keyboard', async ({ page, panel }) => {
    await page.goto('/connections/new');
    await panel.chooseAuthType('OAuth 2.0');
    await expect(panel.scopes).toBeVisible();
    await page.getByRole('link', { name: 'BigCommerce connections' }).focus();

    const missing: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const label = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
        // The ring sits outside the element (outline-offset): compare it with what is behind the element.
        const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
        let behind = element.parentElement;
        while (behind && (rgb(getComputedStyle(behind).backgroundColor)[3] ?? 1) === 0) behind = behind.parentElement;
        const luminance = (color: string) => {
          const [r = 0, g = 0, b = 0] = rgb(color).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const background = behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)';
        const [light, dark] = [luminance(style.outlineColor), luminance(background)].sort((x, y) => y - x) as [number, number];
        const contrast = (light + 0.05) / (dark + 0.05);
        const ok = element.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && contrast >= 3;
        return { label, ok, outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} on ${background} (${contrast.toFixed(1)}:1)` };
      });
      if (!ring || seen.has(ring.label)) continue;
      seen.add(ring.label);
      if (!ring.ok) missing.push(`${ring.label}: ${ring.outline}`);
    }
    expect(seen.size).toBeGreaterThan(15);
    expect(missing).toEqual([]);
  });
});
