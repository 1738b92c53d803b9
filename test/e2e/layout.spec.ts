import type { Page } from '@playwright/test';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor } from './helpers';
import { horizontalOverflow, overflowing, withinWidth, zoom } from './layout';
import { messages } from './messages';
import { type PageServer, startPageServer } from './page-server';
import { fillWorkspace, importIssue, openWorkspaceIn, showView, VIEWS, type View } from './scenes';

/**
 * No sideways scrolling in the popup's width and at 200% zoom (WCAG 1.4.10, reflow): a
 * control that slides off the edge is one a keyboard or zoom user cannot reach.
 */
const m = messages('en');

/** The control each view is for, which must stay on screen. */
const KEY_CONTROL: Record<View, (page: Page) => ReturnType<Page['getByRole']>> = {
  draft: (page) =>
    page
      .getByRole('article')
      .first()
      .getByRole('button', { name: m('ws_edit') }),
  preview: (page) => page.getByRole('button', { name: m('ws_publish') }),
  search: (page) => page.getByRole('searchbox', { name: m('ws_searchText') }),
  categories: (page) => page.getByRole('button', { name: m('ws_addCategory') }),
  trash: (page) => page.getByRole('button', { name: m('ws_restore') }),
  past: (page) => page.getByRole('button', { name: m('ws_copyMarkdown') }),
  data: (page) => page.getByRole('button', { name: m('data_exportBackup') }),
};

/** Browser zoom at 200% on a 1280 px window, done two ways, and the popup's own width. */
const SIZES = [
  { name: 'CSS zoom 2 on a 1280 px window', width: 1280, zoom: 2 },
  { name: '640 px (1280 px at 200%)', width: 640, zoom: 1 },
  { name: '400 px (the popup width)', width: 400, zoom: 1 },
] as const;

test('the workspace fits every view without sideways scrolling at 200% zoom and 400 px', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspaceIn(context, extensionUrl, m);
  await fillWorkspace(page, m, 'en');
  const problems: string[] = [];
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: 900 });
    await zoom(page, size.zoom);
    for (const view of VIEWS) {
      await showView(page, m, view);
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) {
        problems.push(`${size.name}, ${view}: ${overflow}px ${await overflowing(page)}`);
      }
      const nav = page.getByRole('navigation', { name: m('ws_views') }).getByRole('button');
      for (const control of [...(await nav.all()), KEY_CONTROL[view](page)]) {
        if (!(await withinWidth(page, control))) {
          problems.push(`${size.name}, ${view}: ${await control.textContent()} is cut off`);
        }
      }
    }
  }
  expect(problems).toEqual([]);
});

test.describe('the popup', () => {
  test.use({ extensionDir: E2E_EXTENSION_DIR });
  let server: PageServer;
  test.beforeAll(async () => {
    server = await startPageServer();
  });
  test.afterAll(() => server.close());

  test('fits its 400 px and, zoomed to 200%, the 800 px a popup may grow to', async ({
    context,
    serviceWorker,
  }) => {
    const tab = await context.newPage();
    await tab.goto(server.url('/hostile'));
    const popup = await openPopupFor(context, serviceWorker, server.url('/hostile'));
    const save = popup.getByRole('button', { name: m('save') });
    for (const [width, factor] of [
      [400, 1],
      [800, 2],
    ] as const) {
      await popup.setViewportSize({ width, height: 600 });
      await zoom(popup, factor);
      await expect(save).toBeVisible();
      expect(await horizontalOverflow(popup), await overflowing(popup).then(String)).toBe(0);
      expect(await withinWidth(popup, save)).toBe(true);
      expect(await withinWidth(popup, popup.getByLabel(m('fieldComment')))).toBe(true);
    }
  });
});

test('at 1280x800 the draft shows at least 8 clips without scrolling', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspaceIn(context, extensionUrl, m);
  await page.setViewportSize({ width: 1280, height: 800 });
  const items = Array.from({ length: 12 }, (_, i) =>
    [
      `### Item ${i + 1}`,
      '',
      `<a class="embedly-card" data-card-controls="0" href="https://example.com/${i + 1}">Page ${i + 1}</a>`,
      '',
      `Comment ${i + 1}.`,
      '',
    ].join('\n'),
  );
  const markdown = [
    '# Weekly (2024-05-03)',
    '',
    '## ✨ New Features',
    '',
    ...items.slice(0, 6),
    '## 👀 Notable Articles',
    '',
    ...items.slice(6),
  ].join('\n');
  await importIssue(page, m, markdown);
  await expect(page.getByRole('article')).toHaveCount(12);
  await page.evaluate(() => window.scrollTo(0, 0));
  const visible = await page.getByRole('article').evaluateAll(
    (rows) =>
      rows.filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
  );
  expect(visible).toBeGreaterThanOrEqual(8);
});
