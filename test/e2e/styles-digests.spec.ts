import type { Page } from '@playwright/test';
import { axeViolations, SCHEMES } from './axe';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor } from './helpers';
import { type PageServer, startPageServer } from './page-server';
import { fromSample, openStyles, shared } from './styles-helpers';
import {
  addClip,
  clipItem,
  downloadMarkdown,
  openWorkspace,
  readShared,
} from './workspace-helpers';

test.use({ extensionDir: E2E_EXTENSION_DIR });

let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

const TWIR = 'this-week-in-rust-453-2022-07-27.md';
const PW = 'productivity-weekly-2022-07-20.md';

/** Clips the /plain page through the popup into the category of that label. */
async function clipPlain(
  page: Page,
  context: Parameters<typeof openPopupFor>[0],
  worker: Parameters<typeof openPopupFor>[1],
  category: string,
  comment = '',
) {
  const tab = await context.newPage();
  await tab.goto(server.url('/plain'));
  const popup = await openPopupFor(context, worker, server.url('/plain'));
  // Typed, not suggested: these tests are about where the clip lands and how it is written,
  // not how a heading is suggested from the page's title (capture-popup.spec.ts).
  await popup.getByLabel('Heading', { exact: true }).fill('A plain page');
  await popup.getByLabel('Category').selectOption({ label: category });
  if (comment) await popup.getByLabel('Comment').fill(comment);
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  await popup.close().catch(() => undefined);
  await tab.close();
  await page.bringToFront();
}

test('This Week in Rust from a past issue: a clip from the popup adds one tight bullet at the end of its sub-category', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  test.skip(!shared(TWIR), 'needs ../shared/fixtures');
  const original = readShared(TWIR);
  const page = await openWorkspace(context, extensionUrl);
  await fromSample(page, original, 'this-week-in-rust');
  await clipPlain(page, context, serviceWorker, 'Observations/Thoughts');
  await page.getByRole('button', { name: 'Draft' }).first().click();
  const expected = original.replace(
    '* [audio] [Tauri with Daniel Thompson-Yvetot](https://rustacean-station.org/episode/daniel-thompson/)\n',
    `* [audio] [Tauri with Daniel Thompson-Yvetot](https://rustacean-station.org/episode/daniel-thompson/)\n* [A plain page](${server.url('/plain')})\n`,
  );
  expect(expected).not.toBe(original);
  await expect
    .poll(async () => (await downloadMarkdown(page)).bytes.toString('utf8'))
    .toBe(expected);
  expect((await downloadMarkdown(page)).name).toBe('2022-07-27-this-week-in-rust.md');
});

test('Productivity Weekly from a past issue: a clip adds one ## title + URL item at the end of its section', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  test.skip(!shared(PW), 'needs ../shared/fixtures');
  const original = readShared(PW);
  const page = await openWorkspace(context, extensionUrl);
  await fromSample(page, original, 'productivity-weekly');
  await clipPlain(page, context, serviceWorker, '📺 news', 'Worth a look.');
  await page.getByRole('button', { name: 'Draft' }).first().click();
  const inserted = `## A plain page\n${server.url('/plain')}\n\nWorth a look.\n\n`;
  // The workspace reads the draft again when the save is announced: download after that.
  await expect(clipItem(page, 'A plain page')).toBeVisible();
  const { bytes, name } = await downloadMarkdown(page);
  const out = bytes.toString('utf8');
  const at = out.indexOf(inserted);
  expect(at).toBeGreaterThan(0);
  expect(out.slice(0, at) + out.slice(at + inserted.length)).toBe(original);
  expect(out.indexOf('# know-how 🎓')).toBe(at + inserted.length);
  expect(name).toBe('productivity-weekly-20220720.md');
});

test('two digests in one profile: a clip of one never shows in the other, and a backup holds both', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await page.getByRole('button', { name: 'New digest' }).click();
  const dialog = page.getByRole('dialog', { name: 'A new digest' });
  await dialog.getByLabel('Name').fill('Monthly roundup');
  await dialog.getByLabel('House style').selectOption('markdown-link');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByLabel('Digest', { exact: true })).toHaveValue(/.+/);
  await expect(page.getByText('Created the digest Monthly roundup')).toBeVisible();

  await addClip(page, '✨ New Features', {
    heading: 'Monthly only',
    url: 'https://monthly.example/post',
    pageTitle: 'Monthly only',
    comment: 'Only in the monthly.',
  });
  await expect(page.getByTestId('markdown-preview')).toHaveText(/monthly\.example\/post/);

  await page.getByLabel('Digest', { exact: true }).selectOption({ index: 0 });
  await expect(page.getByText(/Now filing into/)).toBeVisible();
  await expect(page.getByTestId('markdown-preview')).not.toHaveText(/monthly\.example/);

  await page.getByRole('button', { name: 'Data' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  const file = JSON.parse(
    await (await download.createReadStream())
      .toArray()
      .then((c) => Buffer.concat(c).toString('utf8')),
  );
  expect(file.digests.map((d: { name: string }) => d.name)).toContain('Monthly roundup');
  const monthly = file.digests.find((d: { name: string }) => d.name === 'Monthly roundup');
  const clip = file.clips.find((c: { url: string }) => c.url === 'https://monthly.example/post');
  const issue = file.issues.find((i: { id: string }) => i.id === clip.issueId);
  expect(issue.digestId).toBe(monthly.id);
});

test('a broken template says what is wrong and the preview keeps the last good version; axe finds nothing, light and dark', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await openStyles(page);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  const preview = page.getByTestId('style-preview');
  await expect(preview).toHaveValue(/^# /);
  const good = await preview.inputValue();
  const item = page.getByLabel(/Item templates, one per box.*\(1\)/);
  await item.fill('### {heading}{#url}');
  await expect(page.getByRole('alert')).toContainText('{#url} is never closed');
  await expect(page.getByText('Showing the last good preview.')).toBeVisible();
  await expect(preview).toHaveValue(good);
  await expect(page.getByRole('button', { name: 'Save style' })).toBeDisabled();
  await item.fill('### {heading} ({site})\n\n{url}\n\n{comment}');
  await expect(page.getByRole('alert')).toHaveCount(0);
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page, `styles view, ${scheme}`)).toEqual([]);
  }
  await page.getByRole('button', { name: 'Save style' }).click();
  await expect(page.getByText(/Saved the style embedly-link-copy/)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'House style' })).toHaveValue(
    'embedly-link-copy',
  );
});

test('a digest turns a check off: items without a comment are not flagged once it says so', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await addClip(page, '✨ New Features', {
    heading: 'Bare link',
    url: 'https://bare.example/',
    pageTitle: 'Bare link',
    comment: '',
  });
  const checks = page.getByRole('region', { name: /^Checks/ });
  await expect(checks).toContainText('“Bare link” has no comment.');
  await openStyles(page);
  await page.getByLabel('Items without a comment').uncheck();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Draft' }).first().click();
  await expect(page.getByRole('region', { name: /^Checks/ })).not.toContainText('has no comment');
});

test("a digest's settings being edited keep the editor's change when another window saves the digest meanwhile", async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await openStyles(page);
  const noComment = page.getByLabel('Items without a comment');
  await noComment.uncheck();
  const other = await openWorkspace(context, extensionUrl);
  await openStyles(other);
  await other.getByLabel('Name', { exact: true }).fill('Renamed elsewhere');
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(other.getByText('Saved.', { exact: true })).toBeVisible();

  // The other window's save reaches this form: the field left alone here follows it, the
  // one changed here keeps the change.
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Renamed elsewhere');
  await expect(noComment).not.toBeChecked();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  await expect(other.getByLabel('Items without a comment')).not.toBeChecked();
  await expect(other.getByLabel('Name', { exact: true })).toHaveValue('Renamed elsewhere');
});

test('with two digests the popup switches which one a clip files into', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await page.getByRole('button', { name: 'New digest' }).click();
  const dialog = page.getByRole('dialog', { name: 'A new digest' });
  await dialog.getByLabel('Name').fill('Monthly roundup');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('Created the digest Monthly roundup')).toBeVisible();

  const tab = await context.newPage();
  await tab.goto(server.url('/plain'));
  const popup = await openPopupFor(context, serviceWorker, server.url('/plain'));
  const digest = popup.getByLabel('Digest', { exact: true });
  await expect(digest).toHaveValue(/.+/);
  await expect(digest.locator('option')).toHaveCount(2);
  const monthly = await digest.inputValue();
  // The category menu holds the chosen digest's sections (their ids are the digest's own):
  // until it changes, the switch has not landed and a save would still file into Monthly.
  const category = popup.getByLabel('Category');
  await expect(category).toHaveValue(/.+/);
  const monthlyCategory = await category.inputValue();
  await digest.selectOption({ index: 0 });
  await expect(digest).not.toHaveValue(monthly);
  await expect(category).not.toHaveValue(monthlyCategory);
  await popup.getByLabel('Comment').fill('Into the first digest.');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');

  await page.bringToFront();
  await expect(page.getByLabel('Digest', { exact: true })).not.toHaveValue(monthly);
  await expect(page.getByTestId('markdown-preview')).toHaveText(/Into the first digest\./);
  await page.getByLabel('Digest', { exact: true }).selectOption(monthly);
  await expect(page.getByTestId('markdown-preview')).not.toHaveText(/Into the first digest\./);
});
