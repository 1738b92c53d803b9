import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type BrowserApi from 'webextension-polyfill';
import { PAGES, type PageServer, startPageServer } from '../e2e/page-server';
import { badgeText, clickMenu, openTab, readClips, type Session, startSession } from './extension';
import { waitFor } from './firefox';

// The flows of test/e2e/capture-menus.spec.ts in Firefox ESR: a test cannot open a native
// menu or press a shortcut, so it sends what Firefox passes to the handlers through the
// test build's message seam (src/background/firefox-seam.ts), and the background's real
// handlers read the page and write IndexedDB.

declare const browser: typeof BrowserApi;

describe('Firefox: menus and the shortcut', () => {
  let session: Session;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer();
    session = await startSession();
  });
  afterAll(async () => {
    await server?.close();
  });

  test('menus save a page, a link (titled by its text) and a selection, and the badge counts them', async () => {
    const { firefox, workspace } = session;
    await openTab(firefox, server.url('/hostile'));
    await openTab(firefox, server.url('/other'));
    const url = server.url('/hostile');

    expect(await clickMenu(workspace, url, { menuItemId: 'page:new-features' })).toMatchObject({
      ok: true,
      created: true,
    });
    expect(await waitFor(async () => (await badgeText(workspace)) === '1')).toBe(true);
    await clickMenu(workspace, url, { menuItemId: 'link:tools', linkUrl: server.url('/linked') });
    expect(await waitFor(async () => (await badgeText(workspace)) === '2')).toBe(true);
    await clickMenu(workspace, server.url('/other'), {
      menuItemId: 'selection:notable-articles',
      selectionText: 'a quoted line',
    });
    expect(await waitFor(async () => (await badgeText(workspace)) === '3')).toBe(true);

    const clips = await readClips(workspace);
    expect(clips).toHaveLength(3);
    const byUrl = Object.fromEntries(clips.map((c) => [c.url, c]));
    // Title from the tab, description read in the page through scripting.
    expect(byUrl[url]).toMatchObject({
      pageTitle: PAGES['/hostile']?.title,
      description: PAGES['/hostile']?.description,
      categoryId: 'new-features',
    });
    // The link's text, read in the page it was clicked on.
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

  test('the clip shortcut files the current page into the last used category', async () => {
    const { firefox, workspace } = session;
    await openTab(firefox, server.url('/plain'));
    await clickMenu(workspace, server.url('/plain'), { menuItemId: 'page:tools' });
    const page = await openTab(firefox, server.url('/other?v=2'));
    await page.bringToFront();
    const reply = await workspace.evaluate(() =>
      browser.runtime.sendMessage({ type: 'test:command', command: 'clip-page' }),
    );
    expect(reply).toMatchObject({ ok: true, created: true });
    const clip = (await readClips(workspace)).find((c) => c.url === server.url('/other?v=2'));
    expect(clip).toMatchObject({
      categoryId: 'tools',
      pageTitle: 'Another article about caching',
      description: 'Caching, again.',
    });
  });
});
