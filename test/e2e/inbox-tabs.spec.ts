import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { type IntakeServer, startIntakeServer } from './intake-server';
import { addClip, openWorkspace } from './workspace-helpers';

test.use({ extensionDir: E2E_EXTENSION_DIR });

let server: IntakeServer;
test.beforeAll(async () => {
  server = await startIntakeServer();
});
test.afterAll(async () => {
  await server.close();
});

test('"Clip all tabs in this window" makes candidates of its six tabs, skipping the one already clipped', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await addClip(page, '✨ New Features', {
    heading: 'Already clipped',
    url: server.url('/page/201'),
    pageTitle: 'Intake page 201',
    comment: '',
  });
  const urls = [201, 202, 203, 204, 205, 206].map((n) => server.url(`/page/${n}`));
  const windowId = await page.evaluate(
    async (url) => (await chrome.windows.create({ url }))?.id ?? -1,
    urls,
  );
  // Each tab has loaded when it shows its page's title.
  // Background tabs of a loaded machine take their time.
  await expect
    .poll(
      () =>
        page.evaluate(
          async (id) => (await chrome.tabs.query({ windowId: id })).map((tab) => tab.title).sort(),
          windowId,
        ),
      { timeout: 60_000 },
    )
    .toEqual([201, 202, 203, 204, 205, 206].map((n) => `Intake page ${n}`));

  // The menu item as Chrome reports its click, through the e2e build's seam.
  const outcome = (await page.evaluate(
    (id) =>
      chrome.runtime.sendMessage({
        type: 'test:menu-click',
        info: { menuItemId: 'all-tabs', editable: false },
        tab: { windowId: id },
      }),
    windowId,
  )) as { added: { url: string }[]; already: { url: string }[] };
  expect(outcome.added.map((c) => c.url)).toEqual(urls.slice(1));
  expect(outcome.already.map((c) => c.url)).toEqual([urls[0]]);

  await page.getByRole('button', { name: 'Inbox', exact: true }).click();
  const rows = page.locator('li.inbox-row');
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toContainText('Intake page 202');
  await expect(rows.first()).toContainText("Open tab · a window's tabs");

  // Again: every page is waiting now, so nothing is added twice.
  const again = (await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'test:command', command: 'clip-all-tabs' }),
  )) as { added: unknown[] } | null;
  expect(again?.added ?? []).toEqual([]);
  await expect(rows).toHaveCount(5);
});

test('the side panel pastes links into the inbox the workspace shows', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  const panel = await context.newPage();
  await panel.goto(extensionUrl('src/sidepanel/index.html'));
  await panel.getByText('Paste links to the inbox').click();
  await panel
    .getByLabel(/^Paste links, a chat log/)
    .fill(`- [Seven](${server.url('/page/7')}) a good one\n${server.url('/page/8')}`);
  await panel.getByRole('button', { name: 'Add to inbox' }).click();
  await expect(panel.getByText('2 links added to the inbox.')).toBeVisible();
  await page.bringToFront();
  await page.getByRole('button', { name: 'Inbox', exact: true }).click();
  await expect(page.locator('li.inbox-row')).toHaveCount(2);
  await expect(page.locator('li.inbox-row').first()).toContainText('Seven');
});
