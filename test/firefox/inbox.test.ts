import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type BrowserApi from 'webextension-polyfill';
import { type IntakeServer, startIntakeServer } from '../e2e/intake-server';
import { openTab, type Session, startSession } from './extension';
import { waitFor } from './firefox';
import { click, labelled, setValue } from './workspace';

// The paste and tab flows of test/e2e/inbox-paste.spec.ts and inbox-tabs.spec.ts in
// Firefox ESR: its IndexedDB, its permissions API for the titles, and its tabs.

declare const browser: typeof BrowserApi;

const rowTexts = (page: Page) =>
  page.$$eval('li.inbox-row', (rows) => rows.map((row) => row.textContent ?? ''));

describe('Firefox: the inbox', () => {
  let session: Session;
  let server: IntakeServer;

  beforeAll(async () => {
    server = await startIntakeServer();
    session = await startSession();
  });
  afterAll(async () => {
    await server?.close();
  });

  test('a pasted Discord log becomes candidates, titled from their pages, filed by number keys, discarded and undone', async () => {
    const page = session.workspace;
    await click(page, 'Inbox');
    const log = [
      `ferris — Today at 10:32 AM`,
      `Read ${server.url('/page/1')} and ${server.url('/page/2')}`,
      `[10:35] crab_kun: 「${server.url('/page/3')}」が面白い`,
    ].join('\n');
    await setValue(
      await labelled(page, 'Paste links, a chat log (Slack, Discord, Teams) or a Slack export'),
      log,
    );
    await click(page, 'Add to inbox');
    expect(await waitFor(async () => (await rowTexts(page)).length === 3, 10_000)).toBe(true);
    expect((await rowTexts(page))[2]).toContain('Discord · by crab_kun · 10:35');

    await click(page, 'Fetch titles of 3 untitled links');
    const titled = await waitFor(async () => {
      const rows = await rowTexts(page);
      return [1, 2, 3].every((n) => rows.some((row) => row.includes(`Intake page ${n}`)));
    }, 20_000);
    expect(titled).toBe(true);

    for (const [left, key] of [
      [3, '1'],
      [2, '2'],
    ] as const) {
      await page.focus('li.inbox-row');
      await page.keyboard.press(key);
      expect(await waitFor(async () => (await rowTexts(page)).length === left - 1, 10_000)).toBe(
        true,
      );
    }
    await page.focus('li.inbox-row');
    await page.keyboard.press('x');
    expect(await waitFor(async () => (await rowTexts(page)).length === 0, 10_000)).toBe(true);
    await click(page, 'Undo discard');
    expect(await waitFor(async () => (await rowTexts(page)).length === 1, 10_000)).toBe(true);
    expect((await rowTexts(page))[0]).toContain('Intake page 3');
  });

  test('clip all tabs of a window: its web pages join the inbox, those waiting already are skipped', async () => {
    const page = session.workspace;
    const urls = [11, 12, 13].map((n) => server.url(`/page/${n}`));
    for (const url of urls) await openTab(session.firefox, url);
    const windowId = await page.evaluate(async (url) => {
      const tab = (await browser.tabs.query({})).find((t) => t.url === url);
      return tab?.windowId ?? -1;
    }, urls[0] ?? '');
    const send = () =>
      page.evaluate(
        (id) =>
          browser.runtime.sendMessage({
            type: 'test:menu-click',
            info: { menuItemId: 'all-tabs', editable: false },
            tab: { windowId: id },
          }) as Promise<{ added: { url: string; title?: string }[] }>,
        windowId,
      );
    const first = await send();
    for (const [i, url] of urls.entries()) {
      expect(first.added).toContainEqual(
        expect.objectContaining({ url, title: `Intake page ${11 + i}` }),
      );
    }
    const again = await send();
    expect(again.added).toEqual([]);
    await page.bringToFront();
    expect(
      await waitFor(
        async () => (await rowTexts(page)).some((row) => row.includes('Intake page 13')),
        10_000,
      ),
    ).toBe(true);
  });
});
