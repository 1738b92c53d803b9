import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type BrowserApi from 'webextension-polyfill';
import { messages } from '../e2e/messages';
import { PAGES, type PageServer, startPageServer } from '../e2e/page-server';
import { clickMenu, openTab, readClips, type Session, startSession } from './extension';
import { waitFor } from './firefox';

// What Firefox does differently from Chrome, and what the product must cope with:
// - MV3 host permissions are the user's to grant or revoke, so the product asks for none
//   and reads a page only through activeTab (toolbar button, menus, shortcuts). Here the
//   test build's 127.0.0.1 access is revoked first, as a user who never granted it has.
// - Data lives under the add-on's id: removing the add-on deletes every clip.

declare const browser: typeof BrowserApi;

const noHostAccess = (page: Page) =>
  page.evaluate(async () => {
    await browser.permissions.remove({ origins: ['http://127.0.0.1/*'] });
    return (await browser.permissions.getAll()).origins;
  });

describe('Firefox: its own rules', () => {
  let session: Session;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer();
    session = await startSession();
  });
  afterAll(async () => {
    await server?.close();
  });

  test('with no host permission, a menu clip still saves the page Firefox names, without reading it', async () => {
    const { firefox, workspace } = session;
    expect(await noHostAccess(workspace)).toEqual([]);
    const url = server.url('/hostile');
    await openTab(firefox, url);
    // Without a grant the extension cannot even see the tab's address...
    const seen = await workspace.evaluate(
      async () => (await browser.tabs.query({})).filter((t) => t.url?.startsWith('http')).length,
    );
    expect(seen).toBe(0);
    // ...so the click passes the tab as Firefox describes it with the click (its id,
    // address and title). The page script is refused: no description, and still a clip.
    const id = await workspace.evaluate(
      async () => (await browser.tabs.query({})).find((t) => !t.url)?.id,
    );
    const title = PAGES['/hostile']?.title ?? '';
    const reply = await workspace.evaluate(
      (tab, info) => browser.runtime.sendMessage({ type: 'test:menu-click', info, tab }),
      { id, url, title, active: true },
      { menuItemId: 'page:tools', pageUrl: url, editable: false },
    );
    expect(reply).toMatchObject({ ok: true, created: true });
    expect(await readClips(workspace)).toEqual([
      expect.objectContaining({ url, pageTitle: title, description: '', categoryId: 'tools' }),
    ]);
  });

  test('with no host permission and no activeTab grant, the toolbar popup says so instead of failing silently', async () => {
    const { firefox, workspace } = session;
    const page = await openTab(firefox, server.url('/plain'));
    await page.bringToFront();
    // The real action popup (a test profile pref lets a test open it without a click; a
    // click would also grant activeTab, which nothing in WebDriver can give).
    await workspace.evaluate(() => browser.action.openPopup());
    const popupText = () =>
      workspace.evaluate(() => {
        const [popup] = browser.extension.getViews({ type: 'popup' });
        return popup?.document.querySelector('[role="alert"]')?.textContent ?? '';
      });
    const said = await waitFor(popupText, 10_000);
    expect(said).toBe(messages('en')('popupNoAddress'));
  });

  test('removing the add-on deletes its clips', async () => {
    const { workspace } = session;
    await clickMenu(workspace, server.url('/other'), { menuItemId: 'page:new-features' });
    expect((await readClips(workspace)).length).toBeGreaterThan(0);
    // startSession removes the add-on and installs it again, as a user would.
    const again = await startSession();
    expect(await readClips(again.workspace)).toEqual([]);
    session = again;
  });
});
