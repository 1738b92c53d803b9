import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { type IntakeServer, startIntakeServer } from './intake-server';
import { addClip, openWorkspace, publishDraft } from './workspace-helpers';

test.use({ extensionDir: E2E_EXTENSION_DIR });

let server: IntakeServer;
test.beforeAll(async () => {
  server = await startIntakeServer();
});
test.afterAll(async () => {
  await server.close();
});

test("a followed feed's entries since the last issue reach the inbox on the alarm, and a failing feed says so", async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await addClip(page, '✨ New Features', {
    heading: 'Last week',
    url: server.url('/page/400'),
    pageTitle: 'Last week',
    comment: '',
  });
  await publishDraft(page);
  server.setFeed([
    { path: '/page/300', title: 'Before the last issue', date: '2001-01-01T00:00:00Z' },
    {
      path: '/page/301',
      title: 'Feed entry <script>alert(1)</script>',
      date: '2099-01-01T00:00:00Z',
    },
    { path: '/page/302', title: 'Feed entry 302', date: '2099-01-02T00:00:00Z' },
  ]);

  await page.getByRole('button', { name: 'Inbox', exact: true }).click();
  const address = page.getByLabel(/^Feed address/);
  for (const path of ['/feed.xml', '/missing.xml']) {
    await address.fill(server.url(path));
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect(address).toHaveValue('');
  }
  const feeds = page.getByRole('list', { name: 'Followed feeds' }).getByRole('listitem');
  await expect(feeds).toHaveCount(2);

  // The alarm as Chrome fires it, through the e2e build's seam.
  const added = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'test:alarm' }));
  expect(added).toBe(2);
  const rows = page.locator('li.inbox-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Feed entry 302');
  await expect(rows.first()).toContainText('Feed · Local feed');
  // A title's markup is its text, drawn as text: no element came of it.
  await expect(rows.nth(1)).toContainText('Feed entry <script>alert(1)</script>');
  expect(await page.locator('.inbox-row script').count()).toBe(0);
  await expect(page.getByText('Before the last issue')).toHaveCount(0);
  await expect(feeds.filter({ hasText: 'missing.xml' })).toContainText(
    'Could not be read: The feed answered 404.',
  );
  await expect(feeds.filter({ hasText: 'Local feed' })).toContainText('read ');
});
