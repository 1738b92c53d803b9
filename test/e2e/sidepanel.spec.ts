import type { BrowserContext, Worker } from '@playwright/test';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { tabIdOf } from './helpers';
import { PAGES, type PageServer, startPageServer } from './page-server';
import { clipAction, clipHeadings, clipItem, openWorkspace, section } from './workspace-helpers';

const FEATURES = '✨ New Features';
const NOTABLE = '👀 Notable Articles';
PAGES['/panel-article'] = { title: 'Panel article', body: '<p>panel</p>' };

test.use({ extensionDir: E2E_EXTENSION_DIR });
let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

test('the side panel clips the current tab and the workspace shows it without reload, and back', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  const workspace = await openWorkspace(context, extensionUrl);
  const tab = await context.newPage();
  await tab.goto(server.url('/panel-article'));
  const id = await tabIdOf(serviceWorker, server.url('/panel-article'));
  const panel = await context.newPage();
  await panel.goto(extensionUrl(`src/sidepanel/index.html?tab=${id}`));

  await panel.getByRole('button', { name: `Clip this tab into ${NOTABLE}` }).click();
  await expect(panel.getByTestId('already')).toContainText(NOTABLE);
  // The tab's clip is marked in the panel's outline.
  await expect(panel.locator('.clip-row.highlighted')).toContainText('Panel article');
  // The open workspace shows it, no reload.
  await expect(clipHeadings(workspace, NOTABLE)).toHaveText(['Panel article']);

  // And back: the workspace moves it and writes its comment; the panel follows.
  const row = clipItem(workspace, 'Panel article');
  await row.focus();
  await workspace.keyboard.press('1');
  await expect(clipHeadings(workspace, FEATURES)).toHaveText(['Panel article']);
  await expect(panel.getByTestId('already')).toContainText(FEATURES);
  await expect(section(panel, FEATURES).getByRole('article')).toHaveCount(1);
  await workspace.keyboard.press('c');
  await workspace.getByLabel('Comment', { exact: true }).fill('Written in the workspace.');
  await workspace.keyboard.press('Control+Enter');
  await expect(panel.getByRole('article', { name: /^Panel article/ })).toContainText(
    'Written in the workspace.',
  );

  // The panel's own edit of the comment reaches the workspace.
  await panel.getByRole('article', { name: /^Panel article/ }).focus();
  await panel.keyboard.press('c');
  await panel.getByLabel('Comment').fill('Edited in the panel.');
  await panel.keyboard.press('Control+Enter');
  await expect(clipItem(workspace, 'Panel article')).toContainText('Edited in the panel.');
});

/** The workspace, and the panel beside a tab it has clipped into New Features. */
async function panelWithClip(
  context: BrowserContext,
  serviceWorker: Worker,
  extensionUrl: (path: string) => string,
) {
  const workspace = await openWorkspace(context, extensionUrl);
  const tab = await context.newPage();
  await tab.goto(server.url('/panel-article'));
  const id = await tabIdOf(serviceWorker, server.url('/panel-article'));
  const panel = await context.newPage();
  await panel.goto(extensionUrl(`src/sidepanel/index.html?tab=${id}`));
  await panel.getByRole('button', { name: `Clip this tab into ${FEATURES}` }).click();
  await expect(clipHeadings(workspace, FEATURES)).toHaveText(['Panel article']);
  return { workspace, panel, row: panel.getByRole('article', { name: /^Panel article/ }) };
}

test('a comment being typed in the panel when the workspace deletes its clip is kept, said and selected', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  const { workspace, panel, row } = await panelWithClip(context, serviceWorker, extensionUrl);
  await row.focus();
  await panel.keyboard.press('c');
  const words = 'Half a thought that must not vanish.';
  await panel.getByLabel('Comment', { exact: true }).fill(words);
  await clipAction(workspace, 'Panel article', 'Delete');
  await expect(clipHeadings(workspace, FEATURES)).toHaveCount(0);

  // The row and its editor leave the panel; the words stay, said and ready to copy.
  await expect(row).toHaveCount(0);
  await expect(panel.getByRole('alert')).toContainText(
    '“Panel article” left this draft (deleted, published or moved elsewhere) before your edit was saved.',
  );
  const kept = panel.getByLabel('Your unsaved text');
  await expect(kept).toHaveValue(words);
  await expect(kept).toBeFocused();
  await panel.locator('.kept-text').getByRole('button', { name: 'Dismiss' }).click();
  await expect(kept).toHaveCount(0);
});

test('a comment being typed in the workspace when the panel deletes its clip is kept, said and selected', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  const { workspace, panel, row } = await panelWithClip(context, serviceWorker, extensionUrl);
  const item = clipItem(workspace, 'Panel article');
  await item.focus();
  await workspace.keyboard.press('c');
  const words = 'Written in the workspace, deleted in the panel.';
  await item.getByLabel('Comment', { exact: true }).fill(words);
  await row.getByRole('button', { name: 'More actions' }).click();
  await panel.getByRole('menu').getByRole('menuitem', { name: 'Delete', exact: true }).click();
  await expect(row).toHaveCount(0);

  await expect(item).toHaveCount(0);
  await expect(workspace.getByRole('alert')).toContainText(
    '“Panel article” left this draft (deleted, published or moved elsewhere) before your edit was saved.',
  );
  const kept = workspace.getByLabel('Your unsaved text');
  await expect(kept).toHaveValue(words);
  await expect(kept).toBeFocused();
});

test('a comment being typed in the panel keeps its words when the workspace files its clip elsewhere', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  const { workspace, panel, row } = await panelWithClip(context, serviceWorker, extensionUrl);
  await row.focus();
  await panel.keyboard.press('c');
  const words = 'Still here after the move.';
  await panel.getByLabel('Comment', { exact: true }).fill(words);
  await clipItem(workspace, 'Panel article').focus();
  await workspace.keyboard.press('2');
  // The row is rebuilt in its new section, and its editor starts from what was typed.
  await expect(section(panel, NOTABLE).getByRole('article')).toHaveCount(1);
  const field = panel.getByLabel('Comment', { exact: true });
  await expect(field).toHaveValue(words);
  await expect(field).toBeFocused();
  await panel.keyboard.press('Control+Enter');
  await expect(clipItem(workspace, 'Panel article')).toContainText(words);
});

test('the built manifest declares the side panel, its permission and its shortcut', async ({
  serviceWorker,
}) => {
  // The built manifest names the panel and the command that opens it.
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.side_panel?.default_path).toBe('src/sidepanel/index.html');
  const key = manifest.commands?.['open-side-panel']?.suggested_key as { default?: string };
  expect(key?.default).toBe('Alt+Shift+E');
  expect(manifest.permissions).toContain('sidePanel');
});
