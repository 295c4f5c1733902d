import { token } from './data';
import { expect, test } from './fixtures';

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
