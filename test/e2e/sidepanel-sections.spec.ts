import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { requireShared } from '../unit/helpers/shared-fixtures';
import { axeViolations, SCHEMES } from './axe';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor, tabIdOf } from './helpers';
import { messages } from './messages';
import { PAGES, type PageServer, startPageServer } from './page-server';
import { importIssue, openWorkspaceIn } from './scenes';
import { readShared, SHARED_FIXTURES } from './workspace-helpers';

/**
 * The side panel with This Week in Rust's sections, as the issue an editor continues: its
 * sections (named by links for some, shown as their text) fit the first screen at 400x800
 * with the first clips below them. Pictures go where screenshots.spec.ts writes its own.
 */
const OUT = resolve(import.meta.dirname, '../../artifacts/screenshots');
const TWIR = 'this-week-in-rust-453-2022-07-27.md';
PAGES['/twir-article'] = { title: 'A Rust article', body: '<p>Rust</p>' };

// Skips only without ../shared on a developer's machine; under CI=true requireShared throws.
test.skip(!requireShared(TWIR), `${SHARED_FIXTURES}/${TWIR} is absent`);

test.use({ extensionDir: E2E_EXTENSION_DIR });
let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

for (const language of ['en', 'ja'] as const) {
  test.describe(`in ${language === 'en' ? 'English' : 'Japanese'}`, () => {
    test.use({ uiLanguage: language });
    test('the side panel with 27 sections fits the first screen, light and dark', async ({
      context,
      serviceWorker,
      extensionUrl,
    }) => {
      // An import of 40 KB and four axe runs on a shared machine: more than the default.
      test.slow();
      const m = messages(language);
      const workspace = await openWorkspaceIn(context, extensionUrl, m);
      await importIssue(workspace, m, readShared(TWIR));
      await expect(workspace.getByRole('region', { name: /^Tracking Issues & PRs/ })).toBeVisible();

      const tab = await context.newPage();
      await tab.goto(server.url('/twir-article'));
      const id = await tabIdOf(serviceWorker, server.url('/twir-article'));
      const panel = await context.newPage();
      await panel.setViewportSize({ width: 400, height: 800 });
      await panel.goto(extensionUrl(`src/sidepanel/index.html?tab=${id}`));
      await expect(panel.locator('html')).toHaveAttribute('lang', language);

      const list = panel.getByRole('list', { name: m('sp_clipTab') });
      const buttons = list.getByRole('button');
      // TWiR's 24 sections beside the workspace's three starting ones.
      await expect(buttons).toHaveCount(27);
      // A section named by a link is its text; no Markdown shows anywhere in the list.
      await expect(
        list.getByRole('button', { name: m('sp_clipInto', 'Tracking Issues & PRs'), exact: true }),
      ).toBeVisible();
      await expect(list).not.toContainText('](');

      // All 27 in view without scrolling the page or the list, and the first clip below them.
      const height = 800;
      const last = await buttons.last().boundingBox();
      expect(last && last.y + last.height).toBeLessThanOrEqual(height);
      expect(await list.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
      const firstClip = await panel.getByRole('article').first().boundingBox();
      expect(firstClip?.y).toBeLessThan(height);

      mkdirSync(OUT, { recursive: true });
      for (const scheme of SCHEMES) {
        await panel.emulateMedia({ colorScheme: scheme });
        const name = `sidepanel-twir-${language}-${scheme}`;
        await panel.screenshot({ path: resolve(OUT, `${name}.png`), animations: 'disabled' });
        expect(await axeViolations(panel, name)).toEqual([]);
      }

      // Move to in the panel's outline and the popup's section choices show the text too.
      await panel
        .getByRole('article')
        .first()
        .getByRole('button', { name: m('ol_actions') })
        .click();
      await expect(
        panel.getByRole('menuitem', { name: m('ol_moveTo', 'Tracking Issues & PRs'), exact: true }),
      ).toBeVisible();
      await panel.keyboard.press('Escape');
      const popup = await openPopupFor(context, serviceWorker, server.url('/twir-article'));
      const choices = popup.getByLabel(m('fieldCategory')).locator('option');
      await expect(choices).toHaveCount(27);
      const texts = await choices.allTextContents();
      expect(texts).toContain('Tracking Issues & PRs');
      expect(texts.filter((text) => text.includes(']('))).toEqual([]);
    });
  });
}
