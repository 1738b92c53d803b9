/// <reference types="chrome" />
import { type BrowserContext, expect, type Page, type Worker } from '@playwright/test';
import { normalizeUrl } from '../../src/core/links/normalize';

/** The id of the tab showing `url`, as the extension sees it. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === target);
    if (tab?.id === undefined) throw new Error(`no tab shows ${target}`);
    return tab.id;
  }, url);
}

/** Opens the popup for the tab with `url` (the `?tab=` seam, see src/popup/ext.ts). */
export async function openPopupFor(
  context: BrowserContext,
  worker: Worker,
  url: string,
): Promise<Page> {
  const id = await tabIdOf(worker, url);
  const popup = await context.newPage();
  await popup.goto(
    `chrome-extension://${new URL(worker.url()).host}/src/popup/index.html?tab=${id}`,
  );
  return popup;
}

export interface StoredClipRow {
  id: string;
  url: string;
  pageTitle: string;
  heading: string;
  description: string;
  comment: string;
  categoryId: string;
  deletedAt?: string;
}

/**
 * Every clip in the extension's IndexedDB, read with the raw API from an extension page:
 * the drafts' and the trash's, and the published issues' in their archive records.
 */
export async function readClips(page: Page): Promise<StoredClipRow[]> {
  return page.evaluate(
    () =>
      new Promise<StoredClipRow[]>((resolve, reject) => {
        const open = indexedDB.open('digest-clipper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['clips', 'archive']);
          const loose = tx.objectStore('clips').getAll();
          const archive = tx.objectStore('archive').getAll();
          tx.oncomplete = () => {
            open.result.close();
            const records = archive.result as { clips: StoredClipRow[] }[];
            resolve([...loose.result, ...records.flatMap((record) => record.clips)]);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

export function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

/** The popup's draft for a page, as stored under the page's duplicate key. */
export async function readDraft(
  page: Page,
  url: string,
): Promise<{ comment: string; categoryId?: string } | undefined> {
  const key = normalizeUrl(url);
  return page.evaluate(
    (draftKey) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('digest-clipper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('drafts').objectStore('drafts').get(draftKey);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    key,
  );
}

export type ClickData = Partial<chrome.contextMenus.OnClickData> & { menuItemId: string };

/**
 * Clicks a menu item the way Chrome reports it, through the e2e build's message seam
 * (src/background/index.ts): the worker's real handler runs, with the tab showing `pageUrl`.
 * `viewer` is any extension page.
 */
export function clickMenu(viewer: Page, pageUrl: string, info: ClickData) {
  return viewer.evaluate(
    async ({ pageUrl, info }) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === pageUrl);
      return chrome.runtime.sendMessage({
        type: 'test:menu-click',
        info: { editable: false, pageUrl, ...info },
        tab,
      });
    },
    { pageUrl, info },
  );
}

/**
 * Stops the extension's service worker through CDP and waits until Chrome reports it
 * stopped; returns the running states seen from then on, so a test can show it restarted.
 */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  const states: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (v.scriptURL.startsWith('chrome-extension://')) states.push(v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  const before = states.length;
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Chrome may start it again at once for a pending event; having stopped is what counts.
  await expect.poll(() => states.slice(before).includes('stopped')).toBe(true);
  return states;
}
