import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { backupFromDocument, parseBackup, serializeBackup } from '../../src/core/backup';
import { issueTitle } from '../../src/core/markdown/document/frame';
import { importIssue } from '../../src/core/markdown/read/import';
import { itemHeading } from '../../src/core/markdown/template/values';
import { expect, test } from './fixtures';

// Export a backup from the workspace, remove all data, import the backup: the workspace
// shows the same issue, and a second export equals the first: a backup is only worth
// keeping if restoring it gives back exactly what was saved.

const dir = mkdtempSync(join(tmpdir(), 'digest-backup-e2e-'));
const sample = readFileSync(resolve(import.meta.dirname, '../fixtures/sample-issue.md'), 'utf8');
const doc = importIssue(sample);
const title = issueTitle(doc.issue);
const headings = doc.clips.map((clip) => itemHeading(clip));
const seedPack = join(dir, 'seed-pack.json');
writeFileSync(seedPack, serializeBackup(backupFromDocument(doc)));

/** The data panel may sit behind a "Data" or "Settings" view of the workspace. */
async function openDataPanel(page: Page) {
  const exportButton = page.getByRole('button', { name: 'Export backup' });
  const nav = page.getByRole('button').or(page.getByRole('link')).or(page.getByRole('tab'));
  const view = nav.filter({ hasText: /^\s*(Data|Settings|Backup)\s*$/i }).first();
  // The workspace renders once the draft's first read has answered, which may be after the
  // page's load event: wait until it shows either before choosing.
  await expect(exportButton.or(view).first()).toBeVisible();
  if ((await exportButton.count()) === 0) await view.click();
  // The panel's code loads when the view first opens, so wait for it rather than count.
  await expect(
    exportButton,
    'The options page has no "Export backup" button: DataPanel (src/options/data/index.tsx) is not mounted in the workspace.',
  ).toHaveCount(1);
}

async function importFile(page: Page, path: string, action: 'Replace everything') {
  await page.getByLabel('Import backup').setInputFiles(path);
  await page.getByRole('button', { name: action }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Restored / })).toBeVisible();
}

async function exportFile(page: Page, name: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const path = join(dir, name);
  await (await download).saveAs(path);
  return readFileSync(path, 'utf8');
}

async function expectIssueShown(page: Page) {
  await expect(page.getByText(title).first()).toBeVisible();
  for (const heading of headings) {
    await expect(page.getByRole('heading', { name: heading, exact: true }).first()).toBeVisible();
  }
}

test('export, remove all data, import: the workspace shows the same issue', async ({
  context,
  extensionUrl,
}) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('src/options/index.html'));
  await openDataPanel(page);
  await importFile(page, seedPack, 'Replace everything');
  await page.reload();
  await expectIssueShown(page);

  await openDataPanel(page);
  const first = await exportFile(page, 'first.json');
  const parsed = parseBackup(first);
  expect(parsed.ok && parsed.value.kind).toBe('backup');
  // Records come out in key order (random ids), so compare as sets.
  expect(parsed.ok && parsed.value.clips.map((clip) => clip.heading).sort()).toEqual(
    doc.clips.map((clip) => clip.heading).sort(),
  );

  await page.getByRole('button', { name: 'Remove all data' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All data was removed.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: headings[0] ?? '', exact: true })).toHaveCount(0);

  await openDataPanel(page);
  await importFile(page, join(dir, 'first.json'), 'Replace everything');
  await page.reload();
  await expectIssueShown(page);

  await openDataPanel(page);
  const second = await exportFile(page, 'second.json');
  const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '');
  expect(withoutTime(second)).toBe(withoutTime(first));
});

test('a broken backup is refused with its reason and nothing changes', async ({
  context,
  extensionUrl,
}) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('src/options/index.html'));
  await openDataPanel(page);
  const broken = join(dir, 'newer.json');
  writeFileSync(broken, '{"format":"digest-clipper","version":7}');
  await page.getByLabel('Import backup').setInputFiles(broken);
  await expect(page.getByRole('alert')).toHaveText(
    /Cannot import newer\.json: made by a newer Digest Clipper \(format version 7\).*Nothing was changed\./,
  );
  await expect(page.getByRole('button', { name: 'Replace everything' })).toHaveCount(0);
});

test('a teammate’s pack is previewed, then merged into the draft', async ({
  context,
  extensionUrl,
}) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('src/options/index.html'));
  await openDataPanel(page);
  await importFile(page, seedPack, 'Replace everything');

  const first = doc.clips[0];
  if (!first) throw new Error('the sample issue has no clips');
  const teammate = importIssue(
    `# Ben's pack\n\n## 🧪 Testing\n\n### Same widget\n\n<a class="embedly-card" href="${first.url}&utm_source=x">W</a>\n\nBen's note.\n\n### Vitest\n\n<a class="embedly-card" href="https://vitest.dev/">Vitest</a>\n`,
  );
  const pack = join(dir, 'ben.json');
  writeFileSync(pack, serializeBackup(backupFromDocument(teammate)));
  await page.getByLabel('Import backup').setInputFiles(pack);
  await expect(page.getByText('1 new clips')).toBeVisible();
  await expect(page.getByText('1 clips merged with yours (same page)')).toBeVisible();
  await expect(page.getByText('New categories: 🧪 Testing')).toBeVisible();
  await page.getByRole('button', { name: 'Merge into current draft' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Merged ben\.json: 1 added/ }),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Vitest', exact: true }).first()).toBeVisible();
  // The outline shows a comment's first line; the attributed one is further down.
  await expect(page.getByTestId('markdown-preview')).toHaveText(/— a teammate: Ben's note\./);
});
