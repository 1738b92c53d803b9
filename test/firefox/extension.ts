import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type BrowserApi from 'webextension-polyfill';
import { FIREFOX_E2E_DIR, findExtensionPage, launchFirefox, waitFor } from './firefox';

// `browser` inside page.evaluate is the extension page's own WebExtension API.
declare const browser: typeof BrowserApi;

export const WORKSPACE = 'src/options/index.html';
export const POPUP = 'src/popup/index.html';

export interface Session {
  firefox: Browser;
  /** The workspace the test build opened on install: the test's way into the extension. */
  workspace: Page;
  /** Where this Firefox saves downloads, unasked. */
  downloads: string;
  extensionId: string;
}

/** Where the one Firefox of the run saves downloads. */
export const DOWNLOADS = mkdtempSync(join(tmpdir(), 'digest-firefox-downloads-'));
let shared: Promise<Browser> | undefined;
let installed: string | undefined;

/**
 * One Firefox for the whole run (the config runs every file in one worker without
 * isolation): starting Firefox with a fresh profile takes 10-20 s on a two-core machine,
 * installing the add-on about one. Puppeteer kills the browser and removes its profile
 * when the worker exits.
 */
function sharedFirefox(): Promise<Browser> {
  if (!shared) {
    shared = launchFirefox({ downloadDir: DOWNLOADS });
    process.once('exit', () => rmSync(DOWNLOADS, { recursive: true, force: true }));
  }
  return shared;
}

/**
 * dist/firefox-e2e freshly installed, with its workspace found. Each test file starts
 * here: the add-on from the file before is removed first, which deletes its data (its
 * IndexedDB lives under the add-on's id), so every file starts from an empty database.
 */
export async function startSession(): Promise<Session> {
  const firefox = await sharedFirefox();
  const [keep, ...others] = await firefox.pages();
  for (const page of others) await page.close();
  await keep?.goto('about:blank');
  if (installed) await firefox.uninstallExtension(installed);
  installed = await firefox.installExtension(FIREFOX_E2E_DIR);
  const { page: workspace } = await findExtensionPage(firefox, WORKSPACE);
  await workspace.waitForSelector('::-p-aria([name="Import Markdown"][role="button"])', {
    timeout: 15_000,
  });
  // Firefox grants an MV3 add-on's host permissions at install, and the user may revoke
  // them (firefox-rules.test.ts does): each file starts with the test build's grant.
  const origins = await workspace.evaluate(
    async () => (await browser.permissions.getAll()).origins,
  );
  if (!origins?.includes('http://127.0.0.1/*')) {
    throw new Error(`dist/firefox-e2e was installed without its 127.0.0.1 access: ${origins}`);
  }
  return { firefox, workspace, downloads: DOWNLOADS, extensionId: installed };
}

/** A web page in a tab of its own. */
export async function openTab(firefox: Browser, url: string): Promise<Page> {
  const page = await firefox.newPage();
  await page.goto(url);
  return page;
}

/** The id of the tab showing `url`, as the extension sees it. */
export function tabIdOf(viewer: Page, url: string): Promise<number> {
  return viewer.evaluate(async (target) => {
    const tab = (await browser.tabs.query({})).find((t) => t.url === target);
    if (tab?.id === undefined) throw new Error(`no tab shows ${target}`);
    return tab.id;
  }, url);
}

/**
 * An extension page opened by the extension itself (tabs.create from `viewer`, an
 * extension page): WebDriver BiDi may not navigate a tab to moz-extension:// itself.
 */
export async function openExtensionPage(
  firefox: Browser,
  viewer: Page,
  path: string,
): Promise<Page> {
  await viewer.evaluate(async (target) => {
    await browser.tabs.create({ url: browser.runtime.getURL(target) });
  }, path);
  const { page } = await findExtensionPage(firefox, path);
  await page.bringToFront();
  return page;
}

/** The popup for the tab showing `url` (the `?tab=` seam, see src/popup/ext.ts). */
export async function openPopupFor(session: Session, url: string): Promise<Page> {
  const id = await tabIdOf(session.workspace, url);
  const popup = await openExtensionPage(session.firefox, session.workspace, `${POPUP}?tab=${id}`);
  await popup.waitForSelector('#field-comment', { timeout: 10_000 });
  return popup;
}

export interface StoredClip {
  id: string;
  url: string;
  pageTitle: string;
  heading: string;
  description: string;
  comment: string;
  categoryId: string;
  deletedAt?: string;
}

/** Every record of one object store in the extension's IndexedDB, read with the raw API. */
export function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('digest-clipper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Every clip: the drafts' and the trash's, and the published issues' in their records. */
export async function readClips(page: Page): Promise<StoredClip[]> {
  const [loose, archive] = await Promise.all([
    readStore<StoredClip>(page, 'clips'),
    readStore<{ clips: StoredClip[] }>(page, 'archive'),
  ]);
  return [...loose, ...archive.flatMap((record) => record.clips)];
}

/** The value of the form control matching `selector`, polled until `expected` or timeout. */
export async function fieldValue(page: Page, selector: string, expected?: string): Promise<string> {
  const read = () =>
    page.$eval(selector, (el) => (el as HTMLInputElement).value).catch(() => '<missing>');
  if (expected === undefined) return read();
  return (await waitFor(async () => ((await read()) === expected ? expected : ''))) || read();
}

/** The text of the element matching `selector`, once it contains `part` (or after 5 s). */
export async function textOf(page: Page, selector: string, part = ''): Promise<string> {
  const read = () => page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');
  return (await waitFor(async () => ((await read()).includes(part) ? read() : ''))) || read();
}

/**
 * The element matching `selector`, once there. Through element handles, not puppeteer's
 * locators or waitForFunction: those evaluate their checks with Function(), which
 * Firefox ESR 140 refuses in an extension page (its CSP has no 'unsafe-eval').
 */
async function handleOf(page: Page, selector: string) {
  const handle = await waitFor(() => page.$(selector));
  if (!handle) throw new Error(`nothing matches ${selector}`);
  return handle;
}

export async function clickOn(page: Page, selector: string): Promise<void> {
  await (await handleOf(page, selector)).click();
}

/** Replaces a text field's value the way typing does (one input event per key). */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  const handle = await handleOf(page, selector);
  await handle.evaluate((el) => {
    (el as HTMLInputElement).focus();
    (el as HTMLInputElement).select();
  });
  await page.keyboard.type(text);
}

/**
 * A menu click as Firefox reports it, through the test build's message seam
 * (src/background/firefox-seam.ts): the background's real handler runs, with the tab
 * showing `pageUrl`.
 */
export function clickMenu(viewer: Page, pageUrl: string, info: Record<string, unknown>) {
  return viewer.evaluate(
    async (pageUrl, info) => {
      const tab = (await browser.tabs.query({})).find((t) => t.url === pageUrl);
      return browser.runtime.sendMessage({
        type: 'test:menu-click',
        info: { editable: false, pageUrl, ...info },
        tab,
      });
    },
    pageUrl,
    info,
  );
}

export const badgeText = (page: Page) => page.evaluate(() => browser.action.getBadgeText({}));
