import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readClips } from './helpers';
import { clipItem, importMarkdown, openWorkspace, section, smallIssue } from './workspace-helpers';

/** Open-and-type cycles per run: each opens the workspace afresh. */
const ROUNDS = 6;
const SECTIONS = ['✨ New Features', '👀 Notable Articles'] as const;

/**
 * Types into Alpha's edit form from inside the page, the moment its Edit button exists and
 * then the moment the form does: earlier than any test driver could, while the first
 * load is still settling.
 */
function typeAtOnce(words: string) {
  let clicked = false;
  new MutationObserver((_, observer) => {
    const row = [...document.querySelectorAll('article')].find(
      (article) => article.querySelector('h3')?.textContent === 'Alpha',
    );
    const edit = [...(row?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Edit');
    if (!clicked && edit) {
      clicked = true;
      edit.click();
    }
    const field = row?.querySelector<HTMLTextAreaElement>('textarea[id$="-comment"]');
    if (field) {
      observer.disconnect();
      field.value = words;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }).observe(document, { subtree: true, childList: true });
}

/** Files Alpha into a section from another window, as the popup or a menu would. */
async function moveAlpha(other: Page, into: 0 | 1) {
  await clipItem(other, 'Alpha').focus();
  await other.keyboard.press(String(into + 1));
  await expect(
    section(other, SECTIONS[into]).getByRole('heading', { name: 'Alpha' }),
  ).toBeVisible();
}

test('an edit typed as the workspace opens keeps its words when the clip changes section meanwhile, and is what is saved', async ({
  context,
  extensionUrl,
}) => {
  test.setTimeout(ROUNDS * 60_000);
  const other = await openWorkspace(context, extensionUrl);
  await importMarkdown(other, smallIssue());
  for (let round = 1; round <= ROUNDS; round++) {
    const words = `Typed at once, round ${round}.`;
    const page = await context.newPage();
    await page.addInitScript(typeAtOnce, words);
    await page.goto(extensionUrl('src/options/index.html'));
    const comment = clipItem(page, 'Alpha').getByLabel('Comment', { exact: true });
    await expect(comment).toHaveValue(words);
    // Another context files the clip into the other section while the form holds the
    // words: the row is rebuilt in its new section, and its editor with it.
    const into = (round % 2) as 0 | 1;
    await moveAlpha(other, into);
    await expect(
      section(page, SECTIONS[into]).getByRole('heading', { name: 'Alpha' }),
    ).toBeVisible();
    await expect(page.getByTestId('markdown-preview')).toBeVisible();
    await expect(comment).toHaveValue(words);
    await expect(comment).toBeFocused();
    await clipItem(page, 'Alpha').getByRole('button', { name: 'Save' }).click();
    await expect(comment).toHaveCount(0);
    await expect(clipItem(page, 'Alpha')).toContainText(words);
    const stored = (await readClips(page)).find((clip) => clip.heading === 'Alpha');
    expect(stored?.comment).toBe(words);
    await page.close();
  }
});
