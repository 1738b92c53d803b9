import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseBackup } from '../../src/core/backup';
import { readClips, type Session, startSession } from './extension';
import { waitFor } from './firefox';
import {
  click,
  clipButton,
  clipItem,
  control,
  dialog,
  dialogClosed,
  download,
  importMarkdown,
  setValue,
  smallIssue,
} from './workspace';

// test/e2e/workspace-limits.spec.ts in Firefox ESR: a heading past its limit is refused in
// the editor, an import past a limit is refused whole, and the backup restores.

const statuses = (page: Page) =>
  page.$$eval('[role="status"]', (els) => els.map((el) => el.textContent ?? '').join('\n'));
const textOf = (handle: ElementHandle) => handle.evaluate((el) => el.textContent ?? '');

describe('Firefox: one set of limits', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await startSession();
    page = session.workspace;
  });

  test('a 10,001-character heading is refused in the editor, and the backup restores', async () => {
    await importMarkdown(page, { text: smallIssue() });
    await (await clipButton(page, 'Beta', 'Edit')).click();
    const article = await clipItem(page, 'Beta');
    const heading = await control(article, 'Heading', 'textbox');
    await setValue(heading, 'h'.repeat(10_001));
    const said = await waitFor(async () =>
      (await textOf(article)).includes('Too long: 10,001 characters; the limit is 10,000.'),
    );
    expect(said).toBe(true);
    expect(await heading.evaluate((el) => el.getAttribute('aria-invalid'))).toBe('true');
    await click(article, 'Save');
    // Refused: the form stays open, and the stored clip keeps its heading.
    expect(await heading.evaluate((el) => el.isConnected)).toBe(true);
    expect((await readClips(page)).map((c) => c.heading)).toContain('Beta');

    // An import whose intro no backup could hold is refused whole, with its reason.
    await click(page, 'Import Markdown');
    const box = await dialog(page, 'Import Markdown');
    const intro = `${'A'.repeat(99)}\n`.repeat(21_000).trimEnd();
    await setValue(
      await control(box, 'Markdown of an issue', 'textbox'),
      `# Big Weekly (2024-05-10)\n\n${intro}\n\n## ✨ New Features\n\n### Omega\n`,
    );
    await click(box, 'Import');
    const refused = await waitFor(async () =>
      (await textOf(box)).includes('“Intro” is too long: 2,099,999 characters'),
    );
    expect(refused).toBe(true);
    await click(box, 'Cancel');
    expect(await dialogClosed(page, 'Import Markdown')).toBe(true);

    await click(page, 'Data');
    const first = await download(page, session.downloads, 'Export backup');
    const parsed = parseBackup(first.bytes.toString('utf8'));
    expect(parsed.ok ? '' : parsed.error).toBe('');
    const saved = join(session.downloads, 'restore-me.json');
    writeFileSync(saved, first.bytes);

    await click(page, 'Remove all data');
    const ask = await page.waitForSelector('[role="alertdialog"]');
    await click(ask as ElementHandle, 'Remove everything');
    expect(await waitFor(async () => /All data was removed\./.test(await statuses(page)))).toBe(
      true,
    );
    const input = (await page.$(
      'input[type="file"][aria-label="Import backup"]',
    )) as ElementHandle<HTMLInputElement> | null;
    if (!input) throw new Error('the Data view has no "Import backup" file input');
    await input.uploadFile(saved);
    await click(page, 'Replace everything');
    expect(await waitFor(async () => /Restored /.test(await statuses(page)), 15_000)).toBe(true);
    expect((await readClips(page)).map((c) => c.heading).sort()).toEqual([
      'Alpha',
      'Beta',
      'Delta',
      'Gamma',
    ]);
  });
});
