import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor } from './helpers';
import type { UiLanguage } from './language';
import { messages } from './messages';
import { type PageServer, startPageServer } from './page-server';
import { showPageDetails } from './popup-helpers';

/**
 * The extension follows the browser's language, defaults included: for a Japanese
 * editor the popup, the workspace, the toolbar button and a new draft speak Japanese
 * without any setting.
 */
test.use({ extensionDir: E2E_EXTENSION_DIR });
let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

// The outline's clip rows show heading, site and comment, no clipping date, so no date is
// checked here.
const EXPECTED: Record<UiLanguage, { title: string; afterword: string }> = {
  en: { title: 'Weekly digest ({date})', afterword: 'Afterword' },
  ja: { title: '週刊ダイジェスト ({date}号)', afterword: 'あとがき' },
};

for (const language of ['en', 'ja'] as const) {
  test.describe(`a browser in ${language}`, () => {
    test.use({ uiLanguage: language });
    const m = messages(language);

    test('popup, workspace, toolbar button and new draft speak its language', async ({
      context,
      serviceWorker,
      extensionUrl,
    }) => {
      const lang = await serviceWorker.evaluate(() => chrome.i18n.getMessage('ws_lang'));
      expect(lang).toBe(language);
      // The toolbar button's tooltip, set by the background from the manifest's message.
      await expect
        .poll(() => serviceWorker.evaluate(() => chrome.action.getTitle({})))
        .toBe(m('actionTitle'));

      const tab = await context.newPage();
      await tab.goto(server.url('/plain'));
      const popup = await openPopupFor(context, serviceWorker, server.url('/plain'));
      await expect(popup.locator('html')).toHaveAttribute('lang', language);
      // A refused URL is explained in the popup's language, the text kept.
      await showPageDetails(popup);
      const url = popup.getByLabel(m('fieldUrl'));
      const address = await url.inputValue();
      await url.fill('javascript:alert(1)');
      await popup.getByRole('button', { name: m('save') }).click();
      await expect(popup.getByRole('alert')).toHaveText(
        `${m('popupSaveFailed')} ${m('ws_urlScript')}`,
      );
      await url.fill(address);
      await popup.getByLabel(m('fieldComment')).fill('ok');
      await popup.getByRole('button', { name: m('save') }).click();
      await expect(popup.getByRole('status')).toContainText(m('popupSaved'));

      const page = await context.newPage();
      await page.goto(extensionUrl('src/options/index.html'));
      await expect(page).toHaveTitle(m('ws_appTitle'));
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(m('ws_appTitle'));
      // The first draft, made on install, took its language's defaults (core/locale.ts).
      await expect(page.getByLabel(m('ws_issueTitle'), { exact: true })).toHaveValue(
        EXPECTED[language].title,
      );
      await expect(page.getByLabel(m('ws_afterwordHeading'), { exact: true })).toHaveValue(
        EXPECTED[language].afterword,
      );
      await expect(page.getByRole('article')).toHaveCount(1);
      // A URL problem is explained in the same language.
      await page
        .getByRole('button', { name: m('ws_addClip') })
        .first()
        .click();
      const form = page.getByRole('group', { name: new RegExp(`^${m('ws_addClip')}`) });
      await form.getByLabel(m('ws_url')).fill('ftp://example.com/file');
      await form.getByRole('button', { name: m('ws_addClip') }).click();
      await expect(form.getByText(m('ws_urlScheme', 'ftp'))).toBeVisible();
      await page.getByRole('button', { name: new RegExp(`^${m('ws_viewData')}`) }).click();
      await expect(page.getByRole('heading', { name: m('data_backupTitle') })).toBeVisible();
    });
  });
}
