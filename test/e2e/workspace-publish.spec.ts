import { expect, test } from './fixtures';
import {
  clipHeadings,
  downloadMarkdown,
  importMarkdown,
  itemHeadings,
  openWorkspace,
  publishDraft,
  setIssueField,
  smallIssue,
} from './workspace-helpers';

test('Publish freezes the issue, lists it under past issues, and starts the next draft', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue('2022-07-29'));
  await setIssueField(page, 'Issue number', '2');
  const beforeMarkdown = (await page.getByTestId('markdown-preview').textContent()) ?? '';

  await page.getByRole('button', { name: 'Publish issue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish issue' });
  await expect(dialog).toContainText('number 3, date 2022-08-05');
  await dialog.getByRole('checkbox', { name: 'Gamma' }).check();
  await dialog.getByRole('button', { name: 'Publish issue' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Published “Small Weekly (2022-07-29)”');

  // The next draft: number and date advanced, the title template kept, Gamma carried over.
  await expect(page.getByLabel('Issue number', { exact: true })).toHaveValue('3');
  await expect(page.getByLabel('Issue date', { exact: true })).toHaveValue('2022-08-05');
  await expect(page.getByLabel('Issue title', { exact: true })).toHaveValue(
    'Small Weekly ({date})',
  );
  await expect(clipHeadings(page, '✨ New Features')).toHaveText(['Gamma']);
  await expect(
    page.getByRole('region', { name: /^👀 Notable Articles/ }).getByRole('article'),
  ).toHaveCount(0);

  await page.getByRole('button', { name: 'Past issues (1)' }).click();
  const past = page.getByRole('list', { name: 'Past issues' }).getByRole('listitem');
  await expect(past).toHaveText([/Small Weekly \(2022-07-29\).*#2 · 2022-07-29/]);
  await past.getByRole('button', { name: 'Open' }).click();
  const frozen = await page.getByLabel('Published Markdown').inputValue();
  // Exactly what the draft showed, without the clip carried over.
  expect(itemHeadings(frozen)).toEqual(['Alpha', 'Beta', 'Delta']);
  expect(frozen).toBe(beforeMarkdown.replace(/### Gamma\n\n[^\n]*\n\nAbout Gamma\.\n\n/, ''));

  const file = await downloadMarkdown(page);
  expect(file.name).toBe('2022-07-29.md');
  expect(file.bytes.toString('utf8')).toBe(frozen);

  // Past issues do not change when the draft does: the next draft's edits stay out.
  await page.getByRole('button', { name: 'Draft' }).click();
  await setIssueField(page, 'Issue title', 'Renamed ({date})');
  await page.getByRole('button', { name: 'Past issues (1)' }).click();
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByLabel('Published Markdown')).toHaveValue(frozen);
  expect((await downloadMarkdown(page)).bytes.toString('utf8')).toBe(frozen);
});

test('Copy Markdown puts exactly the previewed Markdown on the clipboard', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue());
  // Chromium grants no clipboard permission to extension origins from the test, so the
  // system clipboard is stood in for by a recorder of what the page writes to it.
  await page.evaluate(() => {
    const target = window as unknown as { copied: string[] };
    target.copied = [];
    navigator.clipboard.writeText = async (text: string) => {
      target.copied.push(text);
    };
  });
  await page.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(page.getByRole('status')).toContainText('Copied the Markdown to the clipboard.');
  const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
  expect(copied).toEqual([(await page.getByTestId('markdown-preview').textContent()) ?? '']);
  expect(itemHeadings(copied[0] ?? '')).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
});

test('a link published before is named in the next draft’s checks, after a reload too', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue('2022-07-29'));
  await publishDraft(page);

  await importMarkdown(page, smallIssue('2022-08-05'));
  const checks = page.getByRole('region', { name: /^Checks/ });
  const named = (name: string) =>
    checks.getByText(`“${name}” was already in Small Weekly (2022-07-29).`);
  await expect(named('Alpha')).toBeVisible();
  // The lookup runs after the first paint: a fresh page still shows every such link.
  await page.reload();
  for (const name of ['Alpha', 'Beta', 'Gamma', 'Delta']) await expect(named(name)).toBeVisible();
});
