/// <reference types="chrome" />
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { clickMenu, readClips } from './helpers';
import { type PageServer, startPageServer } from './page-server';
import { clipAction, clipItem, openWorkspace, section } from './workspace-helpers';

test.use({ extensionDir: E2E_EXTENSION_DIR });

let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

const FEATURES = '✨ New Features';

test('Undo of a deletion after the page was clipped again keeps one clip and says why', async ({
  context,
  extensionUrl,
}) => {
  const url = server.url('/plain');
  const tab = await context.newPage();
  await tab.goto(url);
  const page = await openWorkspace(context, extensionUrl);
  expect(await clickMenu(page, url, { menuItemId: 'page:new-features' })).toMatchObject({
    ok: true,
    created: true,
  });
  const [first] = await readClips(page);
  const heading = first?.heading ?? '';
  await expect(clipItem(page, heading)).toBeVisible();

  await clipAction(page, heading, 'Delete');
  await expect(section(page, FEATURES).getByRole('article')).toHaveCount(0);
  const status = page.getByRole('status');
  await expect(status.getByRole('button', { name: 'Undo' })).toBeVisible();

  // The same page from a menu again, while the first clip is in the trash.
  expect(await clickMenu(page, url, { menuItemId: 'page:new-features' })).toMatchObject({
    ok: true,
    created: true,
  });
  await expect(section(page, FEATURES).getByRole('article')).toHaveCount(1);
  await status.getByRole('button', { name: 'Undo' }).click();

  await expect(status).toContainText('clipped again after it went to the trash');
  await expect(section(page, FEATURES).getByRole('article')).toHaveCount(1);
  const clips = await readClips(page);
  expect(clips.filter((c) => !c.deletedAt).map((c) => c.url)).toEqual([url]);
  // The trashed clip is kept, to copy from.
  expect(clips.filter((c) => c.deletedAt).map((c) => c.id)).toEqual([first?.id]);
  await page.getByRole('button', { name: 'Trash (1)' }).click();
  await expect(page.getByRole('list', { name: 'Trash' }).getByRole('listitem')).toHaveCount(1);
});
