import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { type Session, startSession } from './extension';
import { waitFor } from './firefox';
import {
  click,
  clipButton,
  clipItem,
  control,
  dialog,
  dialogClosed,
  download,
  headingsBecome,
  importMarkdown,
  itemHeadings,
  labelled,
  previewMarkdown,
  setIssueField,
  setValue,
  smallIssue,
} from './workspace';

// The flows of test/e2e/workspace-editing.spec.ts and workspace-publish.spec.ts in Firefox
// ESR: the workspace's own page, its IndexedDB, and Firefox's own downloads.

const FEATURES = '✨ New Features';

async function altPress(page: Page, key: 'ArrowDown' | 'ArrowUp') {
  await page.keyboard.down('Alt');
  await page.keyboard.press(key);
  await page.keyboard.up('Alt');
}

describe('Firefox: the workspace', () => {
  let session: Session;
  let page: Page;
  let downloads: string;

  beforeAll(async () => {
    session = await startSession();
    page = session.workspace;
    downloads = session.downloads;
  });

  test('Alt+Down and Alt+Up reorder the clips on screen and in the Markdown', async () => {
    await importMarkdown(page, { text: smallIssue() });
    expect(await headingsBecome(page, FEATURES, ['Alpha', 'Beta', 'Gamma'])).toEqual([
      'Alpha',
      'Beta',
      'Gamma',
    ]);
    // The outline's keys: Alt+Down and Alt+Up move the clip in focus.
    await (await clipItem(page, 'Alpha')).focus();
    await altPress(page, 'ArrowDown');
    expect(await headingsBecome(page, FEATURES, ['Beta', 'Alpha', 'Gamma'])).toEqual([
      'Beta',
      'Alpha',
      'Gamma',
    ]);
    // Focus stays with the moved clip, so pressing again keeps moving it.
    await altPress(page, 'ArrowDown');
    expect(await headingsBecome(page, FEATURES, ['Beta', 'Gamma', 'Alpha'])).toEqual([
      'Beta',
      'Gamma',
      'Alpha',
    ]);
    await (await clipItem(page, 'Gamma')).focus();
    await altPress(page, 'ArrowUp');
    expect(await headingsBecome(page, FEATURES, ['Gamma', 'Beta', 'Alpha'])).toEqual([
      'Gamma',
      'Beta',
      'Alpha',
    ]);

    const file = await download(page, downloads, 'Download Markdown');
    expect(file.name).toBe('2024-05-03.md');
    expect(itemHeadings(file.bytes.toString('utf8'))).toEqual(['Gamma', 'Beta', 'Alpha', 'Delta']);
  });

  test('editing a clip in place checks the URL and shows the edit in the Markdown', async () => {
    await importMarkdown(page, { text: smallIssue() });
    await (await clipButton(page, 'Beta', 'Edit')).click();
    const article = await clipItem(page, 'Beta');
    await setValue(await control(article, 'Heading', 'textbox'), 'Beta, fixed');
    await setValue(await control(article, 'URL', 'textbox'), 'javascript:alert(1)');
    await click(article, 'Save');
    const refused = await waitFor(async () =>
      (await article.evaluate((el) => el.textContent ?? '')).includes(
        'Script links (javascript:) cannot be clipped',
      ),
    );
    expect(refused).toBe(true);
    const url = await control(article, 'URL', 'textbox');
    expect(await url.evaluate((el) => el.getAttribute('aria-invalid'))).toBe('true');
    await setValue(url, 'https://example.com/beta2');
    const comment = await control(article, 'Comment', 'textbox');
    await setValue(comment, 'New comment.');
    await comment.focus();
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');

    const edited = await clipItem(page, 'Beta, fixed');
    expect(
      await waitFor(async () =>
        (await edited.evaluate((el) => el.textContent ?? '')).includes('New comment.'),
      ),
    ).toBe(true);
    const markdown = await previewMarkdown(page);
    expect(markdown).toMatch(/^### Beta, fixed$/m);
    expect(markdown).toContain(
      '<a class="embedly-card" data-card-controls="0" href="https://example.com/beta2">Beta page</a>\n\nNew comment.',
    );
  });

  test('Publish freezes the issue, lists it under past issues, and starts the next draft', async () => {
    await importMarkdown(page, { text: smallIssue('2022-07-29') });
    await setIssueField(page, 'Issue number', '2');
    const before = await previewMarkdown(page);

    // By keyboard: focus and Enter, as a keyboard user opens the dialog.
    await (await control(page, 'Publish issue')).focus();
    await page.keyboard.press('Enter');
    const box = await dialog(page, 'Publish issue');
    expect(await box.evaluate((el) => el.textContent ?? '')).toContain('number 3, date 2022-08-05');
    await (await control(box, 'Gamma', 'checkbox')).click();
    await click(box, 'Publish issue');
    expect(await dialogClosed(page, 'Publish issue')).toBe(true);

    // The next draft: number and date advanced, Gamma carried over.
    const value = async (label: string) => (await labelled(page, label)).evaluate((el) => el.value);
    expect(await waitFor(async () => (await value('Issue number')) === '3')).toBe(true);
    expect(await value('Issue date')).toBe('2022-08-05');
    expect(await headingsBecome(page, FEATURES, ['Gamma'])).toEqual(['Gamma']);

    await click(page, 'Past issues (1)');
    await click(page, 'Open');
    const frozenBox = await control(page, 'Published Markdown', 'textbox');
    const frozen = await frozenBox.evaluate((el) => (el as HTMLTextAreaElement).value);
    // Exactly what the draft showed, without the clip carried over.
    expect(itemHeadings(frozen)).toEqual(['Alpha', 'Beta', 'Delta']);
    expect(frozen).toBe(before.replace(/### Gamma\n\n[^\n]*\n\nAbout Gamma\.\n\n/, ''));
    const file = await download(page, downloads, 'Download Markdown');
    expect(file.name).toBe('2022-07-29.md');
    expect(file.bytes.toString('utf8')).toBe(frozen);
  });
});
