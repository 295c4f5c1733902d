import type { Locator } from '@playwright/test';
import { authTypeOptions, type AuthType } from '../src/features/connections/schema';
import { badInputs, existingName, xssImg, xssScript, type BadInput, type CorpusField } from '../src/features/connections/schema/badInputs.corpus';
import { token } from './data';
import { contains, expect, test } from './fixtures';
import type { ConnectionPanel } from './pages/ConnectionPanel';

// The corpus of bad inputs (src/features/connections/schema/badInputs.corpus.ts) through the real
// panel: fill, leave the field, and the field shows the corpus's message (or, accepted, no error).

const labelOf = Object.fromEntries(authTypeOptions.map((option) => [option.value, option.label])) as Record<AuthType, (typeof authTypeOptions)[number]['label']>;

function fieldOf(panel: ConnectionPanel, field: CorpusField): Locator {
  return panel[field];
}

test('every entry of the bad-input corpus gets its message on the field, in the real panel', async ({ page, list, panel, backend }) => {
  test.setTimeout(90_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await list.goto();
  await backend.createConnection({ authType: 'token', ...token, name: existingName });
  await page.goto('/connections/new');
  await expect(panel.heading).toHaveText('Create connection');

  const runnable = badInputs.filter((entry) => !entry.schemaOnly);
  const byType = new Map<AuthType, BadInput[]>();
  for (const entry of runnable) byType.set(entry.authType, [...(byType.get(entry.authType) ?? []), entry]);

  for (const [authType, entries] of byType) {
    await panel.chooseAuthType(labelOf[authType]);
    for (const entry of entries) {
      await test.step(`${labelOf[authType]}: ${entry.what}`, async () => {
        const field = fieldOf(panel, entry.field);
        await field.fill(entry.input);
        await field.blur();
        if (entry.message) {
          await panel.expectFieldError(field, entry.message);
        } else {
          await expect(field, entry.what).not.toHaveAttribute('aria-invalid', 'true');
          // The store hash is reduced to the bare hash when the field is left; other fields keep what was typed.
          if (entry.field === 'storeHash') await expect(field).toHaveValue(entry.accepted ?? entry.input);
          else await expect(field).toHaveValue(entry.input);
        }
      });
    }
  }
  expect(dialogs, 'no dialog (alert) may open').toEqual([]);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('names with HTML and script are saved and shown as text, never run', async ({ page, list, panel }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/connections/new');
  for (const name of [xssImg, xssScript]) {
    await expect(panel.heading).toHaveText('Create connection');
    await panel.fillToken({ ...token, name });
    await panel.save.click();
    await expect(panel.heading).toBeHidden();
    await expect(list.status(`Connection "${name}" saved.`)).toBeVisible();
    await expect(list.row(name).getByRole('rowheader')).toHaveText(name);
    if (name === xssImg) await list.createLink.click();
  }
  await expect(list.rows).toHaveCount(2);
  // Nothing of it became markup: no image with src=x, no script in the page's body.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('body script')).toHaveCount(0);

  // The edit page shows it as the field's value, and the confirm dialog as text.
  await list.editButton(xssScript).click();
  await expect(panel.name).toHaveValue(xssScript);
  await panel.cancel.click();
  await list.deleteButton(xssImg).click();
  await expect(list.confirmDialog).toContainText(contains(`“${xssImg}”`));
  await list.confirmDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.reload();
  await expect(list.row(xssImg)).toHaveCount(1);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs, 'no dialog (alert) may open').toEqual([]);
});
