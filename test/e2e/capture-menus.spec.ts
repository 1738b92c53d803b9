/// <reference types="chrome" />
import type { BrowserContext } from '@playwright/test';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { badgeText, clickMenu, readClips, stopServiceWorker } from './helpers';
import { PAGES, type PageServer, startPageServer } from './page-server';

test.use({ extensionDir: E2E_EXTENSION_DIR });

let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

async function openPage(context: BrowserContext, path: string) {
  const page = await context.newPage();
  await page.goto(server.url(path));
  return page;
}

test('menus save a page, a link (titled by its text) and a selection, and the badge counts them', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  await openPage(context, '/hostile');
  await openPage(context, '/other');
  const viewer = await context.newPage();
  await viewer.goto(extensionUrl('src/options/index.html'));
  const url = server.url('/hostile');

  expect(await clickMenu(viewer, url, { menuItemId: 'page:new-features' })).toMatchObject({
    ok: true,
    created: true,
  });
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');
  await clickMenu(viewer, url, { menuItemId: 'link:tools', linkUrl: server.url('/linked') });
  await expect.poll(() => badgeText(serviceWorker)).toBe('2');
  await clickMenu(viewer, server.url('/other'), {
    menuItemId: 'selection:notable-articles',
    selectionText: 'a quoted line',
  });
  await expect.poll(() => badgeText(serviceWorker)).toBe('3');

  const clips = await readClips(viewer);
  expect(clips).toHaveLength(3);
  const byUrl = Object.fromEntries(clips.map((c) => [c.url, c]));
  expect(byUrl[url]).toMatchObject({
    pageTitle: PAGES['/hostile']?.title,
    description: PAGES['/hostile']?.description,
    categoryId: 'new-features',
  });
  expect(byUrl[server.url('/linked')]).toMatchObject({
    pageTitle: 'Linked 記事 <3 🔗',
    heading: 'Linked 記事 <3 🔗',
    categoryId: 'tools',
  });
  expect(byUrl[server.url('/other')]).toMatchObject({
    comment: '> a quoted line',
    categoryId: 'notable-articles',
  });
});

test('clipping an already clipped page from a menu adds the selection to it and moves it to the chosen category', async ({
  context,
  extensionUrl,
}) => {
  await openPage(context, '/plain');
  const viewer = await context.newPage();
  await viewer.goto(extensionUrl('src/options/index.html'));
  const url = server.url('/plain');
  await clickMenu(viewer, url, { menuItemId: 'page:new-features' });
  expect(
    await clickMenu(viewer, url, { menuItemId: 'selection:tools', selectionText: 'later thought' }),
  ).toMatchObject({
    ok: true,
    created: false,
    moved: true,
  });
  const clips = await readClips(viewer);
  expect(clips).toHaveLength(1);
  // The submenu's category is a choice: the clip follows it (see storage/capture.ts).
  expect(clips[0]).toMatchObject({ comment: '> later thought', categoryId: 'tools' });
});

test('a menu clip still saves after the service worker was stopped', async ({
  context,
  extensionUrl,
}) => {
  const page = await openPage(context, '/plain');
  const states = await stopServiceWorker(context, page);

  // The click's message wakes a fresh worker: nothing it needs may live in memory.
  const viewer = await context.newPage();
  await viewer.goto(extensionUrl('src/options/index.html'));
  expect(await clickMenu(viewer, server.url('/plain'), { menuItemId: 'page:tools' })).toMatchObject(
    { ok: true, created: true },
  );
  expect(states.slice(states.lastIndexOf('stopped'))).toContain('running');
  expect((await readClips(viewer)).map((c) => [c.url, c.categoryId])).toEqual([
    [server.url('/plain'), 'tools'],
  ]);
});

test('the clip shortcut files the current page into the last used category', async ({
  context,
  extensionUrl,
}) => {
  await openPage(context, '/plain');
  const viewer = await context.newPage();
  await viewer.goto(extensionUrl('src/options/index.html'));
  await clickMenu(viewer, server.url('/plain'), { menuItemId: 'page:tools' });
  const page = await openPage(context, '/other');
  await page.bringToFront();
  await viewer.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'test:command', command: 'clip-page' }),
  );
  const other = (await readClips(viewer)).find((c) => c.url === server.url('/other'));
  expect(other).toMatchObject({
    categoryId: 'tools',
    pageTitle: 'Another article about caching',
    description: 'Caching, again.',
  });
});
