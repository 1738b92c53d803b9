import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { waitFor } from './firefox';

// The workspace, driven in Firefox through its roles and labels (test/e2e/workspace-helpers.ts
// is the Playwright side of the same flows).

type Scope = Page | ElementHandle;
const aria = (name: string, role: string) => `::-p-aria([name="${name}"][role="${role}"])`;

/** The control named `name` with `role` in `scope`, once it is there. */
export async function control(scope: Scope, name: string, role = 'button') {
  const found = await scope.waitForSelector(aria(name, role), { timeout: 10_000 });
  if (!found) throw new Error(`no ${role} named "${name}"`);
  return found;
}

export const click = async (scope: Scope, name: string, role = 'button') =>
  (await control(scope, name, role)).click();

/** The open dialog titled `title`. */
export async function dialog(page: Page, title: string) {
  return control(page, title, 'dialog');
}

export async function dialogClosed(page: Page, title: string): Promise<boolean> {
  return waitFor(async () => (await page.$$(aria(title, 'dialog'))).length === 0, 10_000);
}

/** Sets a field's value as typing would end (one input event), then leaves it. */
export async function setValue(field: ElementHandle, value: string): Promise<void> {
  await field.evaluate((el, text) => {
    const input = el as HTMLInputElement;
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/** The form control a visible `<label>` with exactly `text` names (any input type). */
export async function labelled(page: Page, text: string): Promise<ElementHandle<HTMLInputElement>> {
  const found = await waitFor(async () => {
    const handle = await page.evaluateHandle((name) => {
      const label = Array.from(document.querySelectorAll('label')).find(
        (l) => l.textContent?.trim() === name,
      );
      return (label?.control as HTMLInputElement | null | undefined) ?? null;
    }, text);
    return handle.asElement() as ElementHandle<HTMLInputElement> | null;
  }, 10_000);
  if (!found) throw new Error(`no field labelled "${text}"`);
  return found;
}

/** Fills an issue field by its label and leaves it, which saves it. */
export async function setIssueField(page: Page, label: string, value: string): Promise<void> {
  const field = await labelled(page, label);
  await setValue(field, value);
  await field.evaluate((el) => (el as HTMLElement).blur());
}

/** Loads an issue through Import Markdown, pasted (`text`) or opened from a file (`file`). */
export async function importMarkdown(page: Page, from: { text?: string; file?: string }) {
  await click(page, 'Import Markdown');
  const box = await dialog(page, 'Import Markdown');
  const text = await control(box, 'Markdown of an issue', 'textbox');
  if (from.file) {
    const input = (await box.$('input[type="file"]')) as ElementHandle<HTMLInputElement> | null;
    if (!input) throw new Error('the Import Markdown dialog has no file input');
    await input.uploadFile(from.file);
    const expected = readFileSync(from.file, 'utf8');
    const loaded = await waitFor(
      async () => (await text.evaluate((el) => (el as HTMLTextAreaElement).value)) === expected,
    );
    if (!loaded) throw new Error(`the dialog did not load ${from.file}`);
  } else {
    await setValue(text, from.text ?? '');
  }
  await click(box, 'Import');
  if (!(await dialogClosed(page, 'Import Markdown'))) throw new Error('the import did not close');
}

/** Headings of the clips in a category's list, in the order shown. */
export function clipHeadings(page: Page, label: string): Promise<string[]> {
  return page.$$eval(`ol[aria-label="Clips in ${label}"] article h3`, (hs) =>
    hs.map((h) => h.textContent ?? ''),
  );
}

/** Polls clipHeadings until it equals `expected`; returns what it last saw. */
export async function headingsBecome(page: Page, label: string, expected: string[]) {
  const same = async () =>
    JSON.stringify(await clipHeadings(page, label)) === JSON.stringify(expected);
  await waitFor(same, 10_000);
  return clipHeadings(page, label);
}

/** One clip's article, by its heading. */
export async function clipItem(page: Page, heading: string): Promise<ElementHandle> {
  const found = await waitFor(async () => {
    const handle = await page.evaluateHandle(
      (name) =>
        Array.from(document.querySelectorAll('article')).find(
          (a) => a.querySelector('h3')?.textContent === name,
        ) ?? null,
      heading,
    );
    return handle.asElement() as ElementHandle | null;
  }, 10_000);
  if (!found) throw new Error(`no clip headed "${heading}"`);
  return found;
}

/** The button with `text` in a clip's article (they are described by, not named by, the heading). */
export async function clipButton(page: Page, heading: string, text: string) {
  const article = await clipItem(page, heading);
  const handle = await article.evaluateHandle(
    (el, label) =>
      Array.from(el.querySelectorAll('button')).find((b) => b.textContent === label) ?? null,
    text,
  );
  const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!button) throw new Error(`clip "${heading}" has no "${text}" button`);
  return button;
}

export const previewMarkdown = (page: Page) =>
  page.$eval('[data-testid="markdown-preview"]', (el) => el.textContent ?? '');

/**
 * Clicks `button` and returns the file Firefox saved in `dir`, the folder its profile saves
 * to unasked (Session.downloads): its name and exact bytes. The folder is emptied first so
 * names do not clash.
 */
export async function download(page: Page, dir: string, button: string) {
  for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
  await click(page, button);
  const done = () =>
    readdirSync(dir).find((name) => !name.endsWith('.part') && statSync(join(dir, name)).size > 0);
  const name = await waitFor(async () => {
    const found = done();
    // Firefox writes the file and then renames the .part away; wait for both.
    return found && !readdirSync(dir).some((n) => n.endsWith('.part')) ? found : undefined;
  }, 15_000);
  if (!name || !existsSync(join(dir, name))) throw new Error(`no file downloaded by "${button}"`);
  return { name, bytes: readFileSync(join(dir, name)) };
}

/** A small issue in the embedly-link style: Alpha, Beta, Gamma in New Features, Delta in Notable. */
export function smallIssue(date = '2024-05-03'): string {
  const item = (name: string) => [
    `### ${name}`,
    '',
    `<a class="embedly-card" data-card-controls="0" href="https://example.com/${name.toLowerCase()}">${name} page</a>`,
    '',
    `About ${name}.`,
    '',
  ];
  return [
    `# Small Weekly (${date})`,
    '',
    '## ✨ New Features',
    '',
    ...item('Alpha'),
    ...item('Beta'),
    ...item('Gamma'),
    '## 👀 Notable Articles',
    '',
    ...item('Delta'),
  ].join('\n');
}

/** Item headings (`### ...`) of Markdown, in order. */
export const itemHeadings = (markdown: string) =>
  [...markdown.matchAll(/^### (.+)$/gm)].map((match) => match[1]);
