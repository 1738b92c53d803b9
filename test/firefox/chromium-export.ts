import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, QUIET_FLAGS } from '../e2e/chromium';

/** The Chrome product build, as test/e2e/fixtures.ts loads it. */
const CHROME_DIR = resolve(import.meta.dirname, '../../dist/chrome');

/**
 * Each file imported into a fresh Chromium workspace (Import Markdown → Or open a file)
 * and downloaded again (Download Markdown): the bytes Chromium gives back, to compare
 * with Firefox's. Playwright as a library here, driving Debian's Chromium with dist/chrome,
 * the same way the Playwright suite does.
 */
export async function roundTripInChromium(files: string[]): Promise<Buffer[]> {
  const profile = mkdtempSync(join(tmpdir(), 'digest-firefox-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'en-US',
    acceptDownloads: true,
    args: [
      ...QUIET_FLAGS,
      `--disable-extensions-except=${CHROME_DIR}`,
      `--load-extension=${CHROME_DIR}`,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // URL.origin is "null" for chrome-extension: URLs in Node; the host is the id.
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    const out: Buffer[] = [];
    for (const file of files) {
      const page = await context.newPage();
      await page.goto(`${origin}/src/options/index.html`);
      await page.getByRole('button', { name: 'Import Markdown' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import Markdown' });
      await dialog.getByLabel('Or open a file').setInputFiles(file);
      // The file is read asynchronously into the text box; import once it is all there.
      await dialog.getByLabel('Markdown of an issue').evaluate(
        (el, expected) =>
          new Promise<void>((done) => {
            const check = () =>
              (el as HTMLTextAreaElement).value === expected ? done() : setTimeout(check, 50);
            check();
          }),
        readFileSync(file, 'utf8'),
      );
      await dialog.getByRole('button', { name: 'Import' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download Markdown' }).click(),
      ]);
      out.push(readFileSync(await download.path()));
      await page.close();
    }
    return out;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
