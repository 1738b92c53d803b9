import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { backupFromDocument, parseBackup, serializeBackup } from '../../src/core/backup';
import { clipSum } from '../../src/core/markdown';
import type { Clip, IssueDocument } from '../../src/core/model';
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

  // A teammate's pack whose clip looks harmless in the outline, with markup in its imported
  // text and its hidden lead: merged into the draft, the Markdown holds none of it live.
  test('a hostile pack merged into the draft writes no markup into the Markdown', async () => {
    const stamp = '2024-01-05T09:00:00.000Z';
    const clip: Clip = {
      id: 'theirs-hostile',
      url: 'https://ok.example/hostile-pack',
      pageTitle: 'A fine article',
      description: '',
      heading: 'A fine article',
      comment: 'Worth reading.',
      lead: '<img src=x onerror=alert(1)>\n\n## 🔥 Forged',
      categoryId: 'c',
      issueId: 'i',
      order: 0,
      createdAt: stamp,
      updatedAt: stamp,
    };
    const text = `### A fine article\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n## 🔥 Forged\n`;
    const doc: IssueDocument = {
      issue: {
        id: 'i',
        title: 'Theirs',
        number: 1,
        date: '2024-01-05',
        header: '',
        intro: '',
        afterwordHeading: '',
        afterword: '',
        style: 'embedly-link',
        status: 'draft',
        sectionText: {},
        categoryOrder: ['c'],
        createdAt: stamp,
        updatedAt: stamp,
      },
      categories: [{ id: 'c', emoji: '✨', name: 'News', order: 0 }],
      clips: [{ ...clip, source: { style: 'embedly-link', text, sum: clipSum(clip), shape: 0 } }],
    };
    const saved = join(session.downloads, 'hostile-pack.json');
    writeFileSync(saved, serializeBackup(backupFromDocument(doc)));

    await click(page, 'Data');
    const input = (await page.$(
      'input[type="file"][aria-label="Import backup"]',
    )) as ElementHandle<HTMLInputElement> | null;
    if (!input) throw new Error('the Data view has no "Import backup" file input');
    await input.uploadFile(saved);
    await click(page, 'Merge into current draft');
    expect(await statusSays(page, /Merged /)).toBe(true);

    await click(page, 'Draft');
    const out = await download(page, session.downloads, 'Download Markdown');
    const markdown = out.bytes.toString('utf8');
    expect(markdown).toContain('https://ok.example/hostile-pack');
    expect(markdown).toContain('Worth reading.');
    // (The draft's header keeps the embedly <script> the sample issue has.)
    expect(markdown).not.toMatch(/<script>alert|<img src=x|\]\(javascript:|^#+ 🔥/m);
  });
});
