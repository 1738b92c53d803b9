import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseBackup } from '../../src/core/backup';
import { readClips, readStore, type Session, startSession } from './extension';
import { waitFor } from './firefox';
import { click, download, importMarkdown } from './workspace';

// test/e2e/backup.spec.ts in Firefox ESR: export a backup, remove all data, import the
// backup; the same clips come back and a second export equals the first.

const SAMPLE = resolve(import.meta.dirname, '../fixtures/sample-issue.md');

/** Text of every status line on the page, joined. */
const statuses = (page: Page) =>
  page.$$eval('[role="status"]', (els) => els.map((el) => el.textContent ?? '').join('\n'));

async function statusSays(page: Page, pattern: RegExp) {
  return waitFor(async () => pattern.test(await statuses(page)), 10_000);
}

const headings = async (page: Page) => (await readClips(page)).map((c) => c.heading).sort();

describe('Firefox: backup', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await startSession();
    page = session.workspace;
  });

  test('export, remove all data, import: the workspace shows the same issue', async () => {
    await importMarkdown(page, { text: readFileSync(SAMPLE, 'utf8') });
    const clipped = await headings(page);
    expect(clipped.length).toBeGreaterThan(2);
    const issues = (await readStore<{ id: string }>(page, 'issues')).length;

    await click(page, 'Data');
    const first = await download(page, session.downloads, 'Export backup');
    expect(first.name).toMatch(/^digest-clipper-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseBackup(first.bytes.toString('utf8'));
    expect(parsed.ok && parsed.value.clips.map((c) => c.heading).sort()).toEqual(clipped);
    // A copy to import: the next download empties the folder, and the run removes it.
    const saved = join(session.downloads, 'restore-me.json');
    writeFileSync(saved, first.bytes);

    await click(page, 'Remove all data');
    const ask = await page.waitForSelector('[role="alertdialog"]');
    await click(ask as ElementHandle, 'Remove everything');
    expect(await statusSays(page, /All data was removed\./)).toBe(true);
    expect(await readClips(page)).toEqual([]);

    const input = (await page.$(
      'input[type="file"][aria-label="Import backup"]',
    )) as ElementHandle<HTMLInputElement> | null;
    if (!input) throw new Error('the Data view has no "Import backup" file input');
    await input.uploadFile(saved);
    await click(page, 'Replace everything');
    expect(await statusSays(page, /Restored /)).toBe(true);
    expect(await headings(page)).toEqual(clipped);
    expect((await readStore(page, 'issues')).length).toBe(issues);

    // The restored draft is what the workspace shows after a reload (a reload the page
    // does itself: puppeteer does not see moz-extension navigations end).
    await page.evaluate(() => location.reload());
    const shownAfterReload = async () => {
      const shown = await page
        .$$eval('article h3', (hs) => hs.map((h) => h.textContent ?? ''))
        .catch(() => []);
      return JSON.stringify(shown.sort()) === JSON.stringify(clipped);
    };
    expect(await waitFor(shownAfterReload, 15_000)).toBe(true);

    await click(page, 'Data');
    const second = await download(page, session.downloads, 'Export backup');
    const withoutTime = (bytes: Buffer) =>
      bytes.toString('utf8').replace(/"exportedAt": "[^"]*"/, '');
    expect(withoutTime(second.bytes)).toBe(withoutTime(first.bytes));
  });
});
