import { expect, test } from './fixtures';
import {
  clipAction,
  clipHeadings,
  clipItem,
  downloadMarkdown,
  importMarkdown,
  itemHeadings,
  openWorkspace,
  smallIssue,
} from './workspace-helpers';

const FEATURES = '✨ New Features';
const NOTABLE = '👀 Notable Articles';

test('Alt+Down and Alt+Up (and the menu) reorder the clips on screen and in the Markdown', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue());
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Alpha', 'Beta', 'Gamma']);

  const alpha = clipItem(page, 'Alpha');
  await alpha.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Beta', 'Alpha', 'Gamma']);
  // Focus stays with the moved clip, so pressing again keeps moving it.
  await expect(alpha).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Beta', 'Gamma', 'Alpha']);
  await expect(alpha).toBeFocused();
  // The menu's Move up does the same for the mouse, and focus comes back to the clip.
  await clipAction(page, 'Gamma', 'Move up');
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Gamma', 'Beta', 'Alpha']);
  await expect(clipItem(page, 'Gamma')).toBeFocused();

  const file = await downloadMarkdown(page);
  expect(itemHeadings(file.bytes.toString('utf8'))).toEqual(['Gamma', 'Beta', 'Alpha', 'Delta']);
});

test('Delete moves a clip to the trash with Undo; the trash restores and empties', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue());
  await clipAction(page, 'Beta', 'Delete');
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Alpha', 'Gamma']);
  const status = page.getByRole('status');
  await expect(status).toContainText('Moved “Beta” to the trash.');
  // Undo takes focus, so the keyboard undoes at once.
  await expect(status.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Alpha', 'Beta', 'Gamma']);

  for (const name of ['Gamma', 'Alpha']) await clipAction(page, name, 'Delete');
  await page.getByRole('button', { name: 'Trash (2)' }).click();
  const trash = page.getByRole('list', { name: 'Trash' }).getByRole('listitem');
  await expect(trash).toHaveCount(2);
  await trash.filter({ hasText: 'Gamma' }).getByRole('button', { name: 'Restore' }).click();
  await expect(trash).toHaveCount(1);
  await page.getByRole('button', { name: 'Empty trash' }).click();
  const confirm = page.getByRole('dialog', { name: 'Empty trash' });
  await expect(confirm).toContainText('Clips: 1.');
  await confirm.getByRole('button', { name: 'Empty trash' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();

  await page.getByRole('button', { name: 'Draft' }).click();
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Beta', 'Gamma']);
});

test("the menu's Move to and drag and drop move clips between categories", async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue());
  await clipAction(page, 'Alpha', `Move to ${NOTABLE}`);
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Beta', 'Gamma']);
  await expect(clipHeadings(page, NOTABLE)).toHaveText(['Delta', 'Alpha']);
  await expect(clipItem(page, 'Alpha')).toBeFocused();

  // Drop Gamma on the top half of Delta: it lands before Delta.
  await clipItem(page, 'Gamma').dragTo(clipItem(page, 'Delta'), {
    targetPosition: { x: 20, y: 4 },
  });
  await expect(clipHeadings(page, NOTABLE)).toHaveText(['Gamma', 'Delta', 'Alpha']);
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Beta']);

  const markdown = (await downloadMarkdown(page)).bytes.toString('utf8');
  const notable = markdown.slice(markdown.indexOf(`## ${NOTABLE}`));
  expect(itemHeadings(notable)).toEqual(['Gamma', 'Delta', 'Alpha']);
});

test('editing a clip in place checks the URL and shows the edit, even over a hand-made import', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  const handMade = [
    '## Hand Made',
    '',
    '<a class="embedly-card" href="https://example.com/hand">Hand page</a>',
    '',
    'Kept as written.',
    '',
  ].join('\n');
  await importMarkdown(page, `${smallIssue()}\n${handMade}`);
  const preview = page.getByTestId('markdown-preview');
  await expect(preview).toHaveText(/^## Hand Made$/m);

  const clip = clipItem(page, 'Hand Made');
  await clip.getByRole('button', { name: 'Edit' }).click();
  await expect(clip.getByLabel('Heading')).toBeFocused();
  await clip.getByLabel('Heading').fill('Hand made, fixed');
  await clip.getByLabel('URL').fill('javascript:alert(1)');
  await clip.getByRole('button', { name: 'Save' }).click();
  await expect(clip.getByText(/Script links \(javascript:\) cannot be clipped/)).toBeVisible();
  await expect(clip.getByLabel('URL')).toHaveAttribute('aria-invalid', 'true');
  await clip.getByLabel('URL').fill('https://example.com/hand2');
  await clip.getByLabel('Comment').fill('New comment.');
  await clip.getByLabel('Comment').press('Control+Enter');

  const edited = clipItem(page, 'Hand made, fixed');
  await expect(edited.getByText('New comment.')).toBeVisible();
  await expect(preview).toHaveText(/^### Hand made, fixed$/m);
  await expect(preview).toHaveText(
    /^<a class="embedly-card" data-card-controls="0" href="https:\/\/example.com\/hand2">Hand page<\/a>$/m,
  );
  await expect(preview).not.toHaveText(/^## Hand Made$/m);
});
