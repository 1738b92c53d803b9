import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serializeBackup } from '../../src/core/backup';
import { makeBackup, makeClip, makeIssue } from '../unit/helpers/backup-data';
import { expect, test } from './fixtures';
import { importMarkdown, openWorkspace, publishDraft, smallIssue } from './workspace-helpers';

/**
 * A backup of one published issue holding `count` clips, ten of them headed "Needle",
 * made with the same factory as the storage and backup unit tests.
 */
function archiveOf(count: number): string {
  const clips = Array.from({ length: count }, (_, i) =>
    makeClip({
      id: `bulk-${i}`,
      url: `https://example.com/post/${i}`,
      pageTitle: `Post ${i}`,
      heading: i % 1000 === 0 ? `Needle ${i}` : `Article ${i} about storage engines`,
      comment: 'A comment of a few words, as editors write them. '.repeat(4),
      categoryId: 'tools',
      issueId: 'archive',
      order: i,
    }),
  );
  const issue = makeIssue({
    id: 'archive',
    title: 'Archive',
    number: 1,
    date: '2020-01-03',
    status: 'published',
    publishedMarkdown: '# Archive\n',
  });
  return serializeBackup(makeBackup({ issues: [issue], clips }));
}

/**
 * Restores a backup the way an editor does (Data, Import backup, Replace everything), so
 * the workspace's own validation and storage code write it: typing 10,000 clips through
 * the UI is not the point here; finding them is.
 */
async function restoreBackup(page: Page, text: string): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'digest-search-e2e-')), 'archive.json');
  writeFileSync(file, text);
  await page
    .getByRole('navigation', { name: 'Workspace views' })
    .getByRole('button', { name: /^Data/ })
    .click();
  await page.getByLabel('Import backup').setInputFiles(file);
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Restored / })).toBeVisible({
    timeout: 15_000,
  });
}

test('search finds clips by text, category, issue and date, and shows one in the draft', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue('2022-07-29'));
  // Publish, so the search spans two issues: Delta waits in the next draft.
  await publishDraft(page, ['Delta']);

  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const count = page.getByTestId('search-count');
  const results = page.getByRole('list', { name: 'Search all clips' }).getByRole('listitem');
  await expect(count).toHaveText('Clips found: 4');

  await page.getByLabel('Search', { exact: true }).fill('GAMMA');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Gamma');
  await expect(count).toHaveText('Clips found: 1');

  await page.getByLabel('Search', { exact: true }).fill('about');
  await expect(count).toHaveText('Clips found: 4');
  await page.getByLabel('Category', { exact: true }).selectOption({ label: '👀 Notable Articles' });
  await expect(results).toHaveText([/^Delta/]);
  await page.getByLabel('Category', { exact: true }).selectOption({ label: 'All' });
  await page
    .getByLabel('Issue', { exact: true })
    .selectOption({ label: 'Small Weekly (2022-07-29)' });
  await expect(count).toHaveText('Clips found: 3');
  await page.getByLabel('Issue', { exact: true }).selectOption({ label: 'All' });

  // Every clip was made today: a range that starts tomorrow finds none.
  const tomorrow = await page.evaluate(() => {
    const date = new Date();
    date.setDate(date.getDate() + 1);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  });
  await page.getByLabel('Clipped from').fill(tomorrow);
  await expect(count).toHaveText('Clips found: 0');
  await page.getByLabel('Clipped from').fill('');
  await page.getByLabel('Clipped until').fill(tomorrow);
  await expect(count).toHaveText('Clips found: 4');

  // Only the clip in the current draft can be shown there.
  await page.getByLabel('Search', { exact: true }).fill('delta');
  await expect(results).toHaveCount(1);
  await results.getByRole('button', { name: 'Show in draft' }).click();
  await expect(page.getByRole('article', { name: 'Delta' })).toBeFocused();
});

test('search finds the matches among 10,000 clips in past issues', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await restoreBackup(page, archiveOf(10_000));
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Issue:/ })).toBeVisible();

  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const count = page.getByTestId('search-count');
  await expect(count).toContainText('Clips found: 10000', { timeout: 15_000 });
  await expect(count).toContainText('Showing the newest 200.');
  // The first screen of results comes first; all 200 follow, newest first.
  const listed = page.getByRole('list', { name: 'Search all clips' }).getByRole('listitem');
  await expect(listed).toHaveCount(200);
  const times = await listed
    .locator('time')
    .evaluateAll((all) => all.map((time) => time.getAttribute('datetime') ?? ''));
  expect(times).toEqual([...times].sort().reverse());
  // Results below the window are in the list, and its accessibility tree, but not laid
  // out until scrolled to: two hundred results cost about a screen's layout.
  const last = listed.last().locator('time');
  const rendered = () =>
    last.evaluate((inside) => inside.checkVisibility({ contentVisibilityAuto: true }));
  expect(await rendered()).toBe(false);
  await listed.last().scrollIntoViewIfNeeded();
  await expect.poll(rendered).toBe(true);
  // How fast is for `npm run bench` to measure; here only that it finds the right ones.
  await page.getByLabel('Search', { exact: true }).fill('needle');
  await expect(count).toHaveText('Clips found: 10');
  await expect(listed).toHaveCount(10);
});
