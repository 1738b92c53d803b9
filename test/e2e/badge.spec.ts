/// <reference types="chrome" />
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
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
    await workspace.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      return chrome.runtime.sendMessage({
        type: 'test:menu-click',
        info: { editable: false, pageUrl: url, menuItemId: 'page:new-features' },
        tab,
      });
    }, server.url(path));
  }
  const badge = () => workspace.evaluate(() => chrome.action.getBadgeText({}));
  await expect.poll(badge).toBe('2');

  const cdp = await context.newCDPSession(page);
  const states: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions)
      if (v.scriptURL.startsWith('chrome-extension://')) states.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => states.at(-1)).toBe('stopped');

  await workspace.getByRole('button', { name: 'Delete' }).first().click();
  await expect.poll(badge).toBe('1');
});
