import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations, SCHEMES } from './axe';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor, tabIdOf } from './helpers';
import type { UiLanguage } from './language';
import { messages } from './messages';
import { PAGES, type PageServer, startPageServer } from './page-server';
import { fillWorkspace, openWorkspaceIn } from './scenes';

/**
 * What a person sees, kept so it can be looked at: the popup and the workspace in light
 * and dark, English and Japanese, written to artifacts/screenshots/ (git-ignored). The
 * ones in the README are copies, committed by hand after a look (docs/screenshots/).
 */
const OUT = resolve(import.meta.dirname, '../../artifacts/screenshots');

// Articles that read well in a picture; the shared PAGES are built to be hostile.
const ARTICLES: Record<UiLanguage, { path: string; title: string; description: string }> = {
  en: {
    path: '/showcase-en',
    title: 'Making SLOs stick: error budgets in practice - Example Blog',
    description: 'How three teams turned error budgets into weekly decisions.',
  },
  ja: {
    path: '/showcase-ja',
    title: 'SLO を運用に根付かせる: エラーバジェットの実践 - Example Blog',
    description: '3 つのチームがエラーバジェットを毎週の判断に使うまで。',
  },
};
for (const { path, title, description } of Object.values(ARTICLES)) {
  PAGES[path] = { title, description, body: `<p>${description}</p>` };
}
const COMMENT: Record<UiLanguage, string> = {
  en: 'Concrete advice on **error budgets**; the review checklist is worth copying.',
  ja: 'エラーバジェットの話が具体的で参考になります。**振り返りのチェックリスト**は真似したい。',
};

/** Saves the picture, and holds what it shows to zero axe violations in this language too. */
async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: resolve(OUT, `${name}.png`), fullPage, animations: 'disabled' });
  expect(await axeViolations(page, name)).toEqual([]);
}

test.use({ extensionDir: E2E_EXTENSION_DIR });
let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

for (const language of ['en', 'ja'] as const) {
  test.describe(`in ${language === 'en' ? 'English' : 'Japanese'}`, () => {
    test.use({ uiLanguage: language });
    const m = messages(language);

    test('screenshots of the popup and the workspace, light and dark', async ({
      context,
      serviceWorker,
      extensionUrl,
    }) => {
      const article = ARTICLES[language];
      const tab = await context.newPage();
      await tab.goto(server.url(article.path));
      const popup = await openPopupFor(context, serviceWorker, server.url(article.path));
      await popup.setViewportSize({ width: 400, height: 560 });
      await expect(popup.getByLabel(m('fieldDescription'))).toHaveValue(article.description);
      await popup.getByLabel(m('fieldComment')).fill(COMMENT[language]);
      await expect(popup.locator('html')).toHaveAttribute('lang', language);
      for (const scheme of SCHEMES) {
        await popup.emulateMedia({ colorScheme: scheme });
        await shoot(popup, `popup-${language}-${scheme}`, true);
      }

      const page = await openWorkspaceIn(context, extensionUrl, m);
      await page.setViewportSize({ width: 1280, height: 800 });
      await fillWorkspace(page, m, language);
      await page.getByRole('button', { name: m('ws_rendered') }).click();
      await page.evaluate(() => window.scrollTo(0, 0));
      for (const [width, height] of [
        [1280, 800],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          const size = width === 1280 ? '' : `-${width}`;
          await shoot(page, `workspace-${language}-${scheme}${size}`);
        }
      }

      // The side panel beside the article, the article's clip marked (the ?tab= seam).
      await tab.bringToFront();
      const id = await tabIdOf(serviceWorker, server.url(article.path));
      const panel = await context.newPage();
      await panel.setViewportSize({ width: 400, height: 800 });
      await panel.goto(extensionUrl(`src/sidepanel/index.html?tab=${id}`));
      await panel.getByRole('button', { name: m('sp_clipInto', '👀 Notable Articles') }).click();
      await expect(panel.getByTestId('already')).toBeVisible();
      await expect(panel.locator('html')).toHaveAttribute('lang', language);
      for (const scheme of SCHEMES) {
        await panel.emulateMedia({ colorScheme: scheme });
        await shoot(panel, `sidepanel-${language}-${scheme}`);
      }
    });
  });
}
