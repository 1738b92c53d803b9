import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBackup } from '../../src/core/backup';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { clipItem, importMarkdown, openWorkspace, smallIssue } from './workspace-helpers';

// One set of limits at every door: what the editor types past a limit is refused where it
// is typed, an import that holds more is refused whole, and so a backup always restores.

test.use({ extensionDir: E2E_EXTENSION_DIR });
// Two megabytes typed, imported and restored through the pages take most of a minute on a busy machine.
test.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'digest-limits-e2e-'));
// 2.1 MB of intro in lines of 99 characters and a newline: a textarea lays out one line of
// megabytes (a data-URI image) slowly enough to stall the test; the unit tests hold that case.
const INTRO = `${'A'.repeat(99)}\n`.repeat(21_000).trimEnd();

test('a 10,001-character heading and a 2.1 MB intro are refused; the backup restores', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue());

  const beta = clipItem(page, 'Beta');
  await beta.getByRole('button', { name: 'Edit' }).click();
  const heading = beta.getByRole('textbox', { name: 'Heading' });
  await heading.fill('h'.repeat(10_001));
  // The field says its limit as soon as it is passed, and Save keeps the clip as it was.
  await expect(heading).toHaveAttribute('aria-invalid', 'true');
  await expect(beta).toContainText('Too long: 10,001 characters; the limit is 10,000.');
  await beta.getByRole('button', { name: 'Save' }).click();
  await expect(heading).toBeVisible();
  await heading.fill('h'.repeat(10_000));
  await expect(heading).not.toHaveAttribute('aria-invalid', 'true');
  await beta.getByRole('button', { name: 'Save' }).click();
  await expect(clipItem(page, 'h'.repeat(10_000))).toBeVisible();

  await page.getByRole('button', { name: 'Import Markdown' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import Markdown' });
  const big = join(dir, 'big.md');
  writeFileSync(big, `# Big Weekly (2024-05-10)\n\n${INTRO}\n\n## ✨ New Features\n\n### Omega\n`);
  await dialog.getByLabel('Or open a file').setInputFiles(big);
  // Import is enabled once the file's text is in the box; 2 MB take a while on a busy machine.
  const importButton = dialog.getByRole('button', { name: 'Import' });
  await expect(importButton).toBeEnabled({ timeout: 30_000 });
  await importButton.click();
  await expect(dialog.getByRole('alert')).toContainText(
    '“Intro” is too long: 2,099,999 characters, and the limit is 2,000,000.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(clipItem(page, 'Alpha')).toBeVisible();

  await page.getByRole('button', { name: 'Data' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const path = join(dir, 'limits.json');
  await (await download).saveAs(path);
  const parsed = parseBackup(readFileSync(path, 'utf8'));
  expect(parsed.ok ? '' : parsed.error).toBe('');

  // Restored into an emptied database, as into a fresh profile: the import checks the
  // whole file before it writes anything.
  await page.getByRole('button', { name: 'Remove all data' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All data was removed.' })).toBeVisible();
  await page.getByLabel('Import backup').setInputFiles(path);
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Restored / })).toBeVisible();
  await page.getByRole('button', { name: 'Draft' }).click();
  await expect(clipItem(page, 'h'.repeat(10_000))).toBeVisible();
});
