import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  clipAction,
  clipItem,
  importMarkdown,
  openWorkspace,
  section,
  smallIssue,
} from './workspace-helpers';

const CONTROLS = 'textbox|combobox|button|checkbox|spinbutton|searchbox|listbox|link';

/** Controls in the accessibility tree that have no name (a snapshot line with no quoted name). */
async function unnamedControls(page: Page): Promise<string[]> {
  const tree = await page.locator('body').ariaSnapshot();
  // A named control reads `- button "Move up"`; an unnamed one `- button` or `- textbox: text`.
  const unnamed = new RegExp(`^\\s*- (${CONTROLS})(?! ")(\\s*\\[[^\\]]*\\])?(:.*)?$`);
  return tree.split('\n').filter((line) => unnamed.test(line));
}

test('every control of every view has an accessible name', async ({ context, extensionUrl }) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue());
  await clipItem(page, 'Alpha').getByRole('button', { name: 'Edit' }).click();
  await section(page, '👀 Notable Articles').getByRole('button', { name: 'Add clip' }).click();
  await page.getByRole('button', { name: 'Rendered' }).click();
  expect(await unnamedControls(page)).toEqual([]);

  // The action menu, open, names its items too.
  await clipItem(page, 'Gamma').getByRole('button', { name: 'More actions' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await unnamedControls(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(clipItem(page, 'Gamma').getByRole('button', { name: 'More actions' })).toBeFocused();

  await clipAction(page, 'Beta', 'Delete');
  for (const view of [/^Search$/, /^Trash/, /^Past issues/, /^Categories$/, /^Data$/]) {
    await page.getByRole('button', { name: view }).click();
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
    expect(await unnamedControls(page), String(view)).toEqual([]);
  }

  await page.getByRole('button', { name: 'Draft' }).click();
  await page.getByRole('button', { name: 'Publish issue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish issue' });
  await expect(dialog).toBeVisible();
  expect(await unnamedControls(page)).toEqual([]);
  // Escape closes the dialog and gives focus back to what opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Publish issue' })).toBeFocused();
});

test('the draft can be worked from the keyboard alone: edit, save, and focus stays visible', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue());
  const alpha = clipItem(page, 'Alpha');
  await alpha.getByRole('button', { name: 'Edit' }).focus();
  await page.keyboard.press('Enter');
  await expect(alpha.getByLabel('Heading')).toBeFocused();
  await page.keyboard.type(' (edited)');
  await page.keyboard.press('Control+Enter');
  await expect(clipItem(page, 'Alpha (edited)')).toBeVisible();
  // Escape leaves an edit without saving.
  const beta = clipItem(page, 'Beta');
  await beta.getByRole('button', { name: 'Edit' }).focus();
  await page.keyboard.press('Enter');
  await expect(beta.getByLabel('Heading')).toBeFocused();
  await page.keyboard.type('zzz');
  await page.keyboard.press('Escape');
  await expect(beta.getByLabel('Heading')).toHaveCount(0);
  // Focus comes back to the clip, where the outline's keys go on.
  await expect(beta).toBeFocused();
  await expect(clipItem(page, 'Beta')).toBeVisible();
  // The focused control is outlined (base.css :focus-visible).
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(
    () => getComputedStyle(document.activeElement as Element).outlineStyle,
  );
  expect(outline).toBe('solid');
});
