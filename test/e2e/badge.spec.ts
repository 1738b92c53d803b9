/// <reference types="chrome" />
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { clickMenu, stopServiceWorker } from './helpers';
import { type PageServer, startPageServer } from './page-server';

test.use({ extensionDir: E2E_EXTENSION_DIR });

let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

test('the badge follows a delete in the workspace, even after the worker was stopped', async ({
  context,
  extensionUrl,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('/plain'));
  const other = await context.newPage();
  await other.goto(server.url('/other'));
  const workspace = await context.newPage();
  await workspace.goto(extensionUrl('src/options/index.html'));
  for (const path of ['/plain', '/other']) {
    await clickMenu(workspace, server.url(path), { menuItemId: 'page:new-features' });
  }
  const badge = () => workspace.evaluate(() => chrome.action.getBadgeText({}));
  await expect.poll(badge).toBe('2');

  await stopServiceWorker(context, page);

  await workspace
    .getByRole('article')
    .first()
    .getByRole('button', { name: 'More actions' })
    .click();
  await workspace.getByRole('menu').getByRole('menuitem', { name: 'Delete', exact: true }).click();
  await expect.poll(badge).toBe('1');
});
