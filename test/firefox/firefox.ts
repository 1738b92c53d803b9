import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The product build, what `npm run package` zips for AMO. */
export const FIREFOX_DIR = resolve(import.meta.dirname, '../../dist/firefox');
/**
 * The product plus one test seam (vite --mode firefox-e2e): the background opens the
 * workspace when installed. See src/background/firefox-seam.ts.
 */
export const FIREFOX_E2E_DIR = resolve(import.meta.dirname, '../../dist/firefox-e2e');

/** Debian's Firefox ESR, never a downloaded browser; FIREFOX_PATH overrides. */
export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Firefox found for the Firefox tests. Install Debian\'s: "apt-get update && apt-get install -y firefox-esr", or set FIREFOX_PATH.',
    );
  }
  return found;
}

/**
 * Headless Firefox over WebDriver BiDi, with a fresh profile that puppeteer removes on
 * close. With `downloadDir`, downloads go straight there, unasked, so a test reads the
 * file's bytes as saved.
 */
export function launchFirefox(options: { downloadDir?: string } = {}): Promise<Browser> {
  const downloads = options.downloadDir
    ? {
        'browser.download.folderList': 2,
        'browser.download.dir': options.downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.alwaysOpenPanel': false,
      }
    : {};
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Keep the run offline and quiet; puppeteer's own profile already turns off updates,
    // telemetry and most background requests.
    extraPrefsFirefox: {
      'browser.shell.checkDefaultBrowser': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      ...downloads,
      // Lets a test open the real toolbar popup with action.openPopup(); without a click
      // Firefox grants no activeTab, which firefox-rules.test.ts relies on.
      'extensions.openPopupWithoutUserGesture.enabled': true,
    },
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * The extension page at `path` once the extension has opened it. Puppeteer does not see
 * Firefox's own navigations of a tab into the extension's process (runtime.openOptionsPage
 * reuses the blank start tab, and the page's url() stays "about:blank"), so each page is
 * asked where it is.
 */
export async function findExtensionPage(
  browser: Browser,
  path: string,
  timeoutMs = 15_000,
): Promise<{ page: Page; origin: string }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      const url = href ? new URL(href) : null;
      if (url?.protocol === 'moz-extension:' && `${url.pathname}${url.search}` === `/${path}`) {
        return { page, origin: url.origin };
      }
    }
    await sleep(100);
  }
  throw new Error(`The extension did not open ${path} within ${timeoutMs} ms`);
}

/** Polls fn until it returns something truthy (or the last value, after timeoutMs). */
export async function waitFor<T>(fn: () => Promise<T>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await fn();
  while (!value && Date.now() < deadline) {
    await sleep(100);
    value = await fn();
  }
  return value;
}
