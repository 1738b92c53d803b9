import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor } from './helpers';
import { type PageServer, startPageServer } from './page-server';
import { fromSample, openStyles, shared } from './styles-helpers';
import { openWorkspace, readShared } from './workspace-helpers';

test.use({ extensionDir: E2E_EXTENSION_DIR });

let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

const TWIR = 'this-week-in-rust-453-2022-07-27.md';

/** The section names the popup offers for /plain, in its order. */
async function popupSections(
  context: Parameters<typeof openPopupFor>[0],
  worker: Parameters<typeof openPopupFor>[1],
): Promise<string[]> {
  const tab = await context.newPage();
  await tab.goto(server.url('/plain'));
  const popup = await openPopupFor(context, worker, server.url('/plain'));
  const category = popup.getByLabel('Category');
  await expect(category).toHaveValue(/.+/);
  const names = await category.locator('option').allTextContents();
  await popup.close().catch(() => undefined);
  await tab.close();
  return names.map((name) => name.trim());
}

test("a digest set up from a This Week in Rust issue offers only that issue's sections, those with items first", async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  test.skip(!shared(TWIR), 'needs ../shared/fixtures');
  const page = await openWorkspace(context, extensionUrl);
  await fromSample(page, readShared(TWIR), 'this-week-in-rust');
  const names = await popupSections(context, serviceWorker);
  expect(names.slice(0, 3)).toEqual(['Official', 'Foundation', 'Project/Tooling Updates']);
  // The first digest's defaults held no clip, so they are gone.
  expect(names.filter((name) => /New Features|✨|👀|🛠/.test(name))).toEqual([]);
  expect(names).toContain('Crate of the Week');
});

test("a new digest in This Week in Rust's style starts with its sections and its title", async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await page.getByRole('button', { name: 'New digest' }).click();
  const dialog = page.getByRole('dialog', { name: 'A new digest' });
  await dialog.getByLabel('Name').fill('This Week in Rust');
  await dialog.getByLabel('House style').selectOption('this-week-in-rust');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('Created the digest This Week in Rust')).toBeVisible();
  const names = await popupSections(context, serviceWorker);
  expect(names.slice(0, 2)).toEqual(['Official', 'Foundation']);
  expect(names).toContain('Observations/Thoughts');
  expect(names.filter((name) => /✨|👀|🛠/.test(name))).toEqual([]);
  await openStyles(page);
  await expect(page.getByLabel('Issue title')).toHaveValue('This Week in Rust {number}');
  // Its items never carry a comment: no switch for a check that never runs, and it says so.
  await expect(page.getByText('Not checked in this-week-in-rust')).toContainText(
    'Items without a comment',
  );
  await expect(page.getByLabel('Items without a comment')).toHaveCount(0);
  await expect(page.getByLabel('Items without a link')).toBeVisible();
});

test('saved digest settings show in the current draft; switching style keeps text typed and not saved', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await openStyles(page);
  const intro = page.getByLabel('Intro', { exact: true });
  await intro.fill('Links we read this week, with a word on each.');
  // Not saved yet: choosing another style writes the digest, and the form keeps the words.
  await page
    .getByRole('region', { name: 'House style' })
    .getByLabel('House style', { exact: true })
    .selectOption('markdown-link');
  // The style's description follows the draft's style: the switch was written.
  await expect(
    page.getByText('Neco / Cybozu Frontend Weekly: ### [heading](url), comment'),
  ).toBeVisible();
  await expect(intro).toHaveValue('Links we read this week, with a word on each.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('The current draft now uses the new Intro')).toBeVisible();
  await page.getByRole('button', { name: 'Draft' }).first().click();
  await expect(page.getByLabel('Intro', { exact: true })).toHaveValue(
    'Links we read this week, with a word on each.',
  );
});

test('a digest setting pasted past its limit is refused by name, not cut, and nothing is saved', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await openStyles(page);
  const title = page.getByLabel('Issue title', { exact: true });
  const before = await title.inputValue();
  const long = `Weekly ${'x'.repeat(10_000)}`;
  await title.fill(long);
  // The whole paste is in the field: nothing was cut on the way in.
  await expect(title).toHaveValue(long);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/is too long: 10,?007 characters/)).toBeVisible();
  await expect(title).toHaveValue(long);
  const other = await openWorkspace(context, extensionUrl);
  await openStyles(other);
  await expect(other.getByLabel('Issue title', { exact: true })).toHaveValue(before);
});
