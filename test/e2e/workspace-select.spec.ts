import { expect, test } from './fixtures';
import {
  clipHeadings,
  clipItem,
  importMarkdown,
  openWorkspace,
  smallIssue,
} from './workspace-helpers';

const FEATURES = '✨ New Features';
const NOTABLE = '👀 Notable Articles';

test("a clip dragged onto another section's name in the section list lands at its end", async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue());
  const list = page.getByRole('navigation', { name: 'Sections' });
  await clipItem(page, 'Alpha').dragTo(list.getByRole('link', { name: new RegExp(NOTABLE) }));
  await expect(clipHeadings(page, NOTABLE)).toHaveText(['Delta', 'Alpha']);
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Beta', 'Gamma']);
});

test('Shift+j and Ctrl-click select clips; the selection moves together and deletes with Undo', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue());
  await clipItem(page, 'Alpha').focus();
  await page.keyboard.press('Shift+j');
  const bar = page.getByRole('group', { name: 'Selected: 2' });
  await expect(bar).toBeVisible();
  // Ctrl-click on Delta adds it; the bar moves all three, in the outline's order.
  await clipItem(page, 'Delta')
    .getByRole('heading')
    .click({ modifiers: ['Control'] });
  await expect(page.getByRole('group', { name: 'Selected: 3' })).toBeVisible();
  await page.getByLabel('Move selected to').selectOption({ label: NOTABLE });
  await expect(clipHeadings(page, NOTABLE)).toHaveText(['Alpha', 'Beta', 'Delta']);
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Gamma']);

  // Select two, then the number key files both into the first section.
  await clipItem(page, 'Alpha').focus();
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await expect(page.getByRole('group', { name: 'Selected: 2' })).toBeVisible();
  await page.keyboard.press('1');
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Gamma', 'Alpha', 'Beta']);

  await clipItem(page, 'Gamma').focus();
  await page.keyboard.press('Shift+j');
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Beta']);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Gamma', 'Alpha', 'Beta']);
});
