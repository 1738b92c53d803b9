import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The real digests beside the repository; tests skip when absent (and fail under CI). */
export const SHARED_FIXTURES = resolve(import.meta.dirname, '../../../shared/fixtures');
export const sharedFixture = (name: string) => resolve(SHARED_FIXTURES, name);
export const hasShared = (name: string) => existsSync(sharedFixture(name));
export const readShared = (name: string) => readFileSync(sharedFixture(name), 'utf8');

export async function openWorkspace(
  context: BrowserContext,
  extensionUrl: (path: string) => string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(extensionUrl('src/options/index.html'));
  await expect(page.getByRole('heading', { name: /^Issue:/ })).toBeVisible();
  return page;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A category's section of the draft, by its label (`✨ New Features`). */
export function section(page: Page, label: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${escapeRegExp(label)} \\(\\d+\\)$`) });
}

/** One clip of the draft, by its heading. */
export function clipItem(page: Page, heading: string): Locator {
  return page.getByRole('article', { name: heading, exact: true });
}

/** Runs one entry of a clip's action menu (More actions → Move up, Move to …, Delete). */
export async function clipAction(page: Page, heading: string, action: string): Promise<void> {
  await clipItem(page, heading).getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: action, exact: true }).click();
}

/** Opens the issue settings behind the disclosure (header, intro, afterword, style). */
export async function openIssueMore(page: Page): Promise<void> {
  const more = page.locator('details.issue-more');
  if (!(await more.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await more.locator('summary').click();
  }
}

/** Headings of the clips in a section, in the order shown. */
export function clipHeadings(page: Page, label: string): Locator {
  return section(page, label).getByRole('article').getByRole('heading', { level: 3 });
}

export interface TypedClip {
  heading: string;
  url: string;
  pageTitle: string;
  description?: string;
  comment: string;
}

/** Types a clip into a category's Add clip form and waits until the draft shows it. */
export async function addClip(page: Page, label: string, clip: TypedClip): Promise<void> {
  const area = section(page, label);
  const before = await area.getByRole('article').count();
  const form = area.getByRole('group', { name: /^Add clip/ });
  if (!(await form.isVisible())) await area.getByRole('button', { name: 'Add clip' }).click();
  await form.getByLabel('Heading').fill(clip.heading);
  await form.getByLabel('URL').fill(clip.url);
  await form.getByLabel('Page title').fill(clip.pageTitle);
  if (clip.description) await form.getByLabel('Description').fill(clip.description);
  await form.getByLabel('Comment').fill(clip.comment);
  await form.getByRole('button', { name: 'Add clip' }).click();
  await expect(area.getByRole('article')).toHaveCount(before + 1);
}

/** Clicks Download Markdown and returns the file's name and exact bytes. */
export async function downloadMarkdown(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Fills an issue field by its visible label and leaves it, which saves it. */
export async function setIssueField(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  if (!(await field.isVisible())) await openIssueMore(page);
  await field.fill(value);
  await field.blur();
}

/** Loads an issue through Import Markdown (a quick way to set up clips for a test). */
export async function importMarkdown(page: Page, markdown: string): Promise<void> {
  await page.getByRole('button', { name: 'Import Markdown' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import Markdown' });
  await dialog.getByLabel('Markdown of an issue').fill(markdown);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  // The draft shows the import once its reload lands: the preview starts as the file does.
  const first = markdown.split('\n').find((line) => line.trim() !== '') ?? '';
  const preview = page.getByTestId('markdown-preview');
  if (first && (await preview.count())) {
    await expect(preview).toHaveText(new RegExp(`^${escapeRegExp(first.trim())}`, 'm'));
  }
}

/** Publishes the draft from its dialog, carrying the named clips over to the next draft. */
export async function publishDraft(page: Page, carry: string[] = []): Promise<void> {
  await page.getByRole('button', { name: 'Publish issue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish issue' });
  for (const name of carry) await dialog.getByRole('checkbox', { name }).check();
  await dialog.getByRole('button', { name: 'Publish issue' }).click();
  await expect(dialog).toBeHidden();
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

/** A "Long Weekly" issue: one section whose items are `names`, in the embedly-link style. */
export function longIssue(names: string[]): string {
  return [
    '# Long Weekly (2024-05-03)',
    '',
    '## ✨ New Features',
    '',
    ...names.flatMap((name) => [
      `### ${name}`,
      '',
      `<a class="embedly-card" href="https://example.com/${name.replace(' ', '-')}">${name}</a>`,
      '',
      `About ${name}.`,
      '',
    ]),
  ].join('\n');
}
