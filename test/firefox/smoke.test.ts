import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type BrowserApi from 'webextension-polyfill';
import { startSession } from './extension';
import { waitFor } from './firefox';

// `browser` inside page.evaluate is the extension page's own WebExtension API.
declare const browser: typeof BrowserApi;

/** The clips in the workspace page's own IndexedDB, read without the extension's code. */
function readClips(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ url: string; heading: string; comment: string; categoryId: string }[]>(
        (resolve, reject) => {
          const open = indexedDB.open('digest-clipper');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const all = db.transaction('clips').objectStore('clips').getAll();
            all.onerror = () => reject(all.error);
            all.onsuccess = () => {
              db.close();
              resolve(
                all.result.map(({ url, heading, comment, categoryId }) => ({
                  url,
                  heading,
                  comment,
                  categoryId,
                })),
              );
            };
          };
        },
      ),
  );
}

const badgeText = (page: Page) => page.evaluate(() => browser.action.getBadgeText({}));

/**
 * The Firefox build in Debian's firefox-esr, driven over WebDriver BiDi. One install for
 * the file: the tests follow one user from install to a saved clip.
 */
describe('Firefox (dist/firefox-e2e)', () => {
  let workspace: Page;
  let extensionId: string;

  beforeAll(async () => {
    // Test seam: a test may not navigate to moz-extension:// pages, so the test build's
    // background opens the workspace itself on install (src/background/firefox-seam.ts).
    ({ workspace, extensionId } = await startSession());
  });

  test('installs, and its background runs: it opened the workspace and answers messages', async () => {
    expect(extensionId).toBe('digest-clipper@digest-clipper.example');
    const ping = await workspace.evaluate(() => browser.runtime.sendMessage({ type: 'ping' }));
    expect(ping).toEqual({ ok: true, version: '0.1.0' });
    // The background opens (and seeds) IndexedDB and counts the draft for the badge.
    const badge = await workspace.evaluate(() =>
      browser.runtime.sendMessage({ type: 'refresh-badge' }),
    );
    expect(badge).toEqual({ ok: true, count: 0 });
  });

  test('the workspace renders the default categories from IndexedDB', async () => {
    // Polled from here: puppeteer's waitForFunction runs Function() in the page, which
    // Firefox ESR 140 refuses in an extension page.
    const shown = await waitFor(
      () =>
        workspace.evaluate(() =>
          ['✨ New Features', '👀 Notable Articles', '🛠️ Tools, Frameworks, Libraries'].every(
            (label) => (document.body.textContent ?? '').includes(label),
          ),
        ),
      10_000,
    );
    expect(shown).toBe(true);
  });

  test('a clip saved from the workspace through the background is committed and readable there', async () => {
    const reply = await workspace.evaluate(() =>
      browser.runtime.sendMessage({
        type: 'save-clip',
        input: {
          url: 'https://example.com/a',
          pageTitle: 'A',
          description: '',
          heading: 'A',
          comment: 'c',
          categoryId: 'new-features',
        },
      }),
    );
    expect(reply).toMatchObject({
      ok: true,
      created: true,
      clip: { url: 'https://example.com/a' },
    });
    // The background answers after tx.done, so the page reads the clip at once.
    expect(await readClips(workspace)).toEqual([
      { url: 'https://example.com/a', heading: 'A', comment: 'c', categoryId: 'new-features' },
    ]);
    // The background heard of its own write (BroadcastChannel) and counts it on the badge.
    expect(await waitFor(async () => (await badgeText(workspace)) === '1')).toBe(true);
  });

  test("the workspace's Add clip form saves a clip", async () => {
    const addButton = await workspace.waitForSelector(
      '::-p-aria([name="Add clip"][role="button"])',
      { timeout: 10_000 },
    );
    if (!addButton) throw new Error('the workspace has no "Add clip" button');
    await addButton.click();
    const form = await workspace.waitForSelector(
      '::-p-aria([name="Add clip: ✨ New Features"][role="group"])',
    );
    if (!form) throw new Error('no Add clip form for New Features');
    const field = async (name: string) => {
      const found = await form.$(`::-p-aria([name="${name}"][role="textbox"])`);
      if (!found) throw new Error(`no "${name}" field in the Add clip form`);
      return found;
    };
    await (await field('Heading')).type('Typed in Firefox');
    await (await field('URL')).type('https://example.com/typed');
    await (await field('Page title')).type('Typed page');
    await (await field('Comment')).type('Saved from the form.');
    await (await form.$('::-p-aria([name="Add clip"][role="button"])'))?.click();
    await workspace.waitForSelector('::-p-aria([name="Typed in Firefox"][role="article"])');
    expect(await readClips(workspace)).toContainEqual({
      url: 'https://example.com/typed',
      heading: 'Typed in Firefox',
      comment: 'Saved from the form.',
      categoryId: 'new-features',
    });
    expect(await waitFor(async () => (await badgeText(workspace)) === '2')).toBe(true);
  });
});
