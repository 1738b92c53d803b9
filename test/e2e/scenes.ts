import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import type { UiLanguage } from './language';
import type { Messages } from './messages';

/** A sample issue in the language of the screenshots; clip A, B, C, then D in another section. */
export function sampleIssue(language: UiLanguage, date: string): string {
  const ja = language === 'ja';
  const items = ja
    ? [
        [
          'Kubernetes 1.31 の新機能',
          'サイドカーコンテナが GA になりました。移行手順もまとめられています。',
        ],
        ['Rust で書く CLI ツール入門', 'clap と anyhow の組み合わせが手堅い。'],
        ['Go 1.23 のイテレータ', 'range over func の使いどころが分かりやすい記事。'],
        ['SLO を運用に根付かせる', 'エラーバジェットの話が具体的で参考になります。'],
      ]
    : [
        [
          'What is new in Kubernetes 1.31',
          'Sidecar containers are GA; the migration notes are worth a read.',
        ],
        ['Writing CLI tools in Rust', 'clap plus anyhow remains a solid pair.'],
        ['Iterators in Go 1.23', 'A clear tour of range over func.'],
        ['Making SLOs stick', 'Concrete advice on error budgets.'],
      ];
  const item = ([heading, comment]: string[], n: number) => [
    `### ${heading}`,
    '',
    `<a class="embedly-card" data-card-controls="0" href="https://example.com/${n}">${heading}</a>`,
    '',
    comment,
    '',
  ];
  const title = ja ? `週刊ダイジェスト (${date}号)` : `Weekly digest (${date})`;
  return [
    `# ${title}`,
    '',
    ja ? '今週のおすすめ記事です。' : 'This week’s picks.',
    '',
    '## ✨ New Features',
    '',
    ...item(items[0] ?? [], 1),
    ...item(items[1] ?? [], 2),
    ...item(items[2] ?? [], 3),
    '## 👀 Notable Articles',
    '',
    ...item(items[3] ?? [], 4),
    // The last section without items is the afterword (core/import.ts).
    ja ? '## あとがき' : '## Afterword',
    '',
    ja ? '来週もお楽しみに。' : 'See you next week.',
    '',
  ].join('\n');
}

export async function openWorkspaceIn(
  context: BrowserContext,
  extensionUrl: (path: string) => string,
  m: Messages,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(extensionUrl('src/options/index.html'));
  await expect(page.getByRole('heading', { name: m('ws_appTitle') })).toBeVisible();
  await expect(page.getByRole('region', { name: /^✨ New Features/ })).toBeVisible();
  return page;
}

export async function importIssue(page: Page, m: Messages, markdown: string): Promise<void> {
  await page.getByRole('button', { name: m('ws_importMarkdown') }).click();
  const dialog = page.getByRole('dialog', { name: m('ws_importMarkdown') });
  await dialog.getByLabel(m('ws_importText')).fill(markdown);
  await dialog.getByRole('button', { name: m('ws_importButton'), exact: true }).click();
  await expect(dialog).toBeHidden();
}

/**
 * A workspace with something in every view: one published issue, a draft with clips and
 * a comment-less clip (so the checks list has findings), and a clip in the trash.
 */
export async function fillWorkspace(page: Page, m: Messages, language: UiLanguage): Promise<void> {
  await importIssue(page, m, sampleIssue(language, '2024-05-03'));
  await page.getByRole('button', { name: m('ws_publish') }).click();
  const dialog = page.getByRole('dialog', { name: m('ws_publish') });
  await dialog.getByRole('button', { name: m('ws_publish') }).click();
  await expect(dialog).toBeHidden();
  await importIssue(page, m, sampleIssue(language, '2024-05-10'));
  const third = page.getByRole('article').nth(2);
  await third.getByRole('button', { name: m('ol_actions') }).click();
  await page.getByRole('menuitem', { name: m('ol_delete') }).click();
  await expect(page.getByRole('article')).toHaveCount(3);
  await page.getByRole('button', { name: m('ws_dismiss') }).click();
}

export const VIEWS = ['draft', 'preview', 'search', 'categories', 'trash', 'past', 'data'] as const;
export type View = (typeof VIEWS)[number];

/** Shows one view of the workspace with its content opened, and waits for it. */
export async function showView(page: Page, m: Messages, view: View): Promise<void> {
  const nav = page.getByRole('navigation', { name: m('ws_views') });
  const tab = (key: string) => nav.getByRole('button', { name: new RegExp(`^${m(key)}`) });
  const main = page.getByRole('main');
  switch (view) {
    case 'draft':
    case 'preview':
      await tab('ws_viewDraft').click();
      await expect(page.getByRole('article').first()).toBeVisible();
      if (view === 'preview') {
        await page.getByRole('button', { name: m('ws_rendered') }).click();
        await expect(page.getByTestId('rendered-preview')).not.toBeEmpty();
        await page.getByRole('region', { name: m('ws_preview') }).scrollIntoViewIfNeeded();
      } else {
        await page.getByRole('button', { name: m('ws_markdown'), exact: true }).click();
      }
      return;
    case 'search':
      await tab('ws_viewSearch').click();
      await main.getByLabel(m('ws_searchText'), { exact: true }).fill('Rust');
      await expect(page.getByTestId('search-count')).toHaveText(m('ws_searchCount', 2));
      return;
    case 'categories':
      await tab('ws_viewCategories').click();
      await expect(main.getByRole('heading', { name: m('ws_categoriesTitle') })).toBeVisible();
      return;
    case 'trash':
      await tab('ws_viewTrash').click();
      await expect(main.getByRole('list', { name: m('ws_trashTitle') })).toBeVisible();
      return;
    case 'past': {
      await tab('ws_viewPast').click();
      await main.getByRole('button', { name: m('ws_open') }).click();
      await expect(main.getByLabel(m('ws_pastMarkdown'))).toBeVisible();
      return;
    }
    case 'data':
      await tab('ws_viewData').click();
      await expect(main.getByTestId('persistence')).toBeVisible();
      return;
  }
}
