import AxeBuilder from '@axe-core/playwright';
import { axeViolations } from './axe';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor, readDraft, tabIdOf } from './helpers';
import { type PageServer, startPageServer } from './page-server';
import { fromSample, shared } from './styles-helpers';
import {
  clipItem,
  downloadMarkdown,
  openIssueMore,
  openWorkspace,
  readShared,
  section,
} from './workspace-helpers';

// A house style's own item fields, set where the page is clipped: This Week in Rust's tags
// before the link, chosen in the popup's page details, come out before the link.

test.use({ extensionDir: E2E_EXTENSION_DIR });

let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

const TWIR = 'this-week-in-rust-453-2022-07-27.md';

test('This Week in Rust: a [video] item with code in its heading, made in the popup', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  test.skip(!shared(TWIR), 'needs ../shared/fixtures');
  // A hundred-item issue imported, then the popup and the workspace on a loaded machine.
  test.slow();
  const page = await openWorkspace(context, extensionUrl);
  await fromSample(page, readShared(TWIR), 'this-week-in-rust');

  const tab = await context.newPage();
  await tab.goto(server.url('/plain'));
  const first = await openPopupFor(context, serviceWorker, server.url('/plain'));
  const heading = 'Title with `code`';
  await first.getByLabel('Heading', { exact: true }).fill(heading);
  await first.getByLabel('Category').selectOption({ label: 'Observations/Thoughts' });
  await first.getByText('Page title, URL and description').click();
  // Typed, and the popup closes (focus left it): the tags come back with the other words.
  await first.getByLabel('Tags before the link').fill('[series]');
  await expect
    .poll(() => readDraft(first, server.url('/plain')))
    .toMatchObject({ heading, extra: { prefix: '[series] ' } });
  await first.close();
  const popup = await openPopupFor(context, serviceWorker, server.url('/plain'));
  await popup.getByText('Page title, URL and description').click();
  const prefix = popup.getByLabel('Tags before the link');
  await expect(prefix).toHaveValue('[series]');
  // The digest's tags are offered by name, and one not in brackets is refused, saying why.
  await expect(prefix).toHaveAccessibleDescription(/\[video\] \[audio\]/);
  await prefix.fill('video');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('alert')).toContainText('square brackets');
  await expect(prefix).toBeFocused();
  expect(await axeViolations(popup, 'popup with item fields')).toEqual([]);
  // From the keyboard, as an editor does it: the focused field, then Ctrl+Enter saves.
  await prefix.press('ControlOrMeta+a');
  await prefix.pressSequentially('[video]');
  await prefix.press('Control+Enter');
  await expect(popup.getByRole('status')).toContainText('Saved');
  await popup.close().catch(() => undefined);
  await tab.close();

  await page.bringToFront();
  await page.getByRole('button', { name: 'Draft' }).first().click();
  await expect(clipItem(page, heading)).toBeVisible();
  const out = (await downloadMarkdown(page)).bytes.toString('utf8');
  expect(out.split('\n')).toContain(`* [video] [${heading}](${server.url('/plain')})`);

  // The workspace's editor shows the field as the popup left it, and changes it.
  await clipItem(page, heading).getByRole('button', { name: 'Edit' }).click();
  const field = page.getByLabel('Tags before the link');
  await expect(field).toHaveValue('[video]');
  await expect(field).toHaveAccessibleDescription(/\[video\] \[audio\]/);
  await field.fill('audio');
  await field.press('Control+Enter');
  await expect(page.getByText('Tags are words in square brackets')).toBeVisible();
  // The editor alone: the whole workspace with TWiR's hundred items takes axe minutes.
  const { violations } = await new AxeBuilder({ page }).include('.clip-form').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await field.fill('[audio]');
  await field.press('Control+Enter');
  await expect(field).toBeHidden();
  await expect(page.getByTestId('markdown-preview')).toContainText(
    `* [audio] [${heading}](${server.url('/plain')})`,
  );
});

test('the side panel edits the tags before the link beside the comment', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  const workspace = await openWorkspace(context, extensionUrl);
  await openIssueMore(workspace);
  await workspace.getByLabel('House style').selectOption('this-week-in-rust');
  const url = server.url('/plain');
  const tab = await context.newPage();
  await tab.goto(url);
  const panel = await context.newPage();
  await panel.goto(
    extensionUrl(`src/sidepanel/index.html?tab=${await tabIdOf(serviceWorker, url)}`),
  );
  await panel.getByRole('button', { name: 'Clip this tab into ✨ New Features' }).click();
  const row = panel.getByRole('article', { name: /^A plain page/ });
  await row.focus();
  await panel.keyboard.press('c');
  const tags = panel.getByLabel('Tags before the link');
  await expect(tags).toHaveValue('');
  await tags.fill('[series]');
  // Tags and text before the link are two shapes of item: both filled, one would be lost.
  const before = panel.getByLabel('Text before the link');
  await before.fill('Watch ');
  await tags.press('Control+Enter');
  await expect(panel.getByRole('alert')).toContainText(
    'No item of this style has all of these at once: Tags before the link, Text before the link',
  );
  await before.fill('');
  const { violations } = await new AxeBuilder({ page: panel }).include('.comment-editor').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await tags.press('Control+Enter');
  await expect(tags).toBeHidden();
  await expect(workspace.getByTestId('markdown-preview')).toContainText(
    `* [series] [A plain page](${url})`,
  );

  // The popup on the clipped page shows the field as saved; changed meanwhile in the
  // panel, the popup's save is refused naming the fields, and saving again keeps its value.
  const popup = await openPopupFor(context, serviceWorker, url);
  await expect(popup.getByTestId('already-clipped')).toBeVisible();
  await popup.getByText('Page title, URL and description').click();
  const popupTags = popup.getByLabel('Tags before the link');
  await expect(popupTags).toHaveValue('[series]');
  await row.focus();
  await panel.keyboard.press('c');
  await tags.fill('[video]');
  await tags.press('Control+Enter');
  await expect(workspace.getByTestId('markdown-preview')).toContainText(`* [video] [A plain`);
  await popupTags.fill('[audio]');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('alert')).toContainText("(This style's fields)");
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  await expect(workspace.getByTestId('markdown-preview')).toContainText(
    `* [audio] [A plain page](${url})`,
  );
});

test('item fields typed in the workspace stay when the side panel files the clip elsewhere', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  const workspace = await openWorkspace(context, extensionUrl);
  await openIssueMore(workspace);
  await workspace.getByLabel('House style').selectOption('this-week-in-rust');
  const url = server.url('/plain');
  const tab = await context.newPage();
  await tab.goto(url);
  const panel = await context.newPage();
  await panel.goto(
    extensionUrl(`src/sidepanel/index.html?tab=${await tabIdOf(serviceWorker, url)}`),
  );
  await panel.getByRole('button', { name: 'Clip this tab into ✨ New Features' }).click();
  await clipItem(workspace, 'A plain page').getByRole('button', { name: 'Edit' }).click();
  await workspace.getByLabel('Tags before the link').fill('[video]');
  await panel.getByRole('article', { name: /^A plain page/ }).focus();
  await panel.keyboard.press('2');
  // The row is rebuilt in its new section, and its editor starts from what was typed.
  await expect(section(workspace, '👀 Notable Articles').getByRole('article')).toHaveCount(1);
  const tags = workspace.getByLabel('Tags before the link');
  await expect(tags).toHaveValue('[video]');
  await tags.press('Control+Enter');
  await expect(workspace.getByTestId('markdown-preview')).toContainText(
    `* [video] [A plain page](${url})`,
  );
});

test('item fields typed in the side panel stay when the workspace files the clip elsewhere', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  const workspace = await openWorkspace(context, extensionUrl);
  await openIssueMore(workspace);
  await workspace.getByLabel('House style').selectOption('this-week-in-rust');
  const url = server.url('/plain');
  const tab = await context.newPage();
  await tab.goto(url);
  const panel = await context.newPage();
  await panel.goto(
    extensionUrl(`src/sidepanel/index.html?tab=${await tabIdOf(serviceWorker, url)}`),
  );
  await panel.getByRole('button', { name: 'Clip this tab into ✨ New Features' }).click();
  await panel.getByRole('article', { name: /^A plain page/ }).focus();
  await panel.keyboard.press('c');
  await panel.getByLabel('Tags before the link').fill('[video]');
  await clipItem(workspace, 'A plain page').focus();
  await workspace.keyboard.press('2');
  // The panel's row is rebuilt in its new section, and its editor starts from what was typed.
  await expect(section(panel, '👀 Notable Articles').getByRole('article')).toHaveCount(1);
  const tags = panel.getByLabel('Tags before the link');
  await expect(tags).toHaveValue('[video]');
  await tags.press('Control+Enter');
  await expect(workspace.getByTestId('markdown-preview')).toContainText(
    `* [video] [A plain page](${url})`,
  );
});
