import { axeViolations, SCHEMES, type Scheme } from './axe';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor } from './helpers';
import { messages } from './messages';
import { PAGES, type PageServer, startPageServer } from './page-server';
import { fillWorkspace, openWorkspaceIn, showView, VIEWS } from './scenes';

/**
 * Zero axe-core violations on the popup and every workspace view, in both color schemes:
 * each control must have an accessible name and enough contrast for screen-reader and
 * low-vision users, and axe catches a regression before a person has to.
 */
const m = messages('en');

for (const scheme of SCHEMES) {
  test.describe(`${scheme} color scheme`, () => {
    test.use({ colorScheme: scheme as Scheme });

    test('the workspace: every view and its dialogs have no axe violations', async ({
      context,
      extensionUrl,
    }) => {
      const page = await openWorkspaceIn(context, extensionUrl, m);
      await page.emulateMedia({ colorScheme: scheme });
      // Tall, so nothing axe checks sits under the sticky header or the toast.
      await page.setViewportSize({ width: 1280, height: 2400 });
      await fillWorkspace(page, m, 'en');
      const found: string[] = [];
      for (const view of VIEWS) {
        await showView(page, m, view);
        found.push(...(await axeViolations(page, view)));
      }
      await showView(page, m, 'draft');
      // An open editor and an Add clip form, with an invalid URL shown.
      await page
        .getByRole('article')
        .first()
        .getByRole('button', { name: m('ws_edit') })
        .click();
      const add = page.getByRole('region', { name: /^👀 Notable Articles/ });
      await add.getByRole('button', { name: m('ws_addClip') }).click();
      await add.getByLabel(m('ws_url')).fill('javascript:alert(1)');
      await add.getByRole('button', { name: m('ws_addClip') }).click();
      await expect(add.getByText(m('ws_urlScript'))).toBeVisible();
      found.push(...(await axeViolations(page, 'editing')));
      for (const [open, name] of [
        [m('ws_publish'), m('ws_publish')],
        [m('ws_importMarkdown'), m('ws_importMarkdown')],
      ] as const) {
        await page.getByRole('button', { name: open }).first().click();
        await expect(page.getByRole('dialog', { name })).toBeVisible();
        found.push(...(await axeViolations(page, `dialog ${name}`)));
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog', { name })).toBeHidden();
      }
      expect(found).toEqual([]);
    });
  });
}

test.describe('the popup', () => {
  test.use({ extensionDir: E2E_EXTENSION_DIR });
  let server: PageServer;
  test.beforeAll(async () => {
    server = await startPageServer();
  });
  test.afterAll(() => server.close());

  for (const scheme of SCHEMES) {
    test(`prefilled and after saving, ${scheme}: no axe violations`, async ({
      context,
      serviceWorker,
    }) => {
      const page = await context.newPage();
      await page.goto(server.url('/hostile'));
      const popup = await openPopupFor(context, serviceWorker, server.url('/hostile'));
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 400, height: 600 });
      await expect(popup.getByLabel(m('fieldPageTitle'))).toHaveValue(
        PAGES['/hostile']?.title ?? '',
      );
      const found = await axeViolations(popup, 'popup');
      await popup.getByRole('button', { name: m('save') }).click();
      await expect(popup.getByRole('status')).toContainText(m('popupSaved'));
      found.push(...(await axeViolations(popup, 'popup saved')));
      expect(found).toEqual([]);
    });
  }
});

test('Remove all data asks in an alert dialog that the keyboard can answer and leave', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspaceIn(context, extensionUrl, m);
  await showView(page, m, 'data');
  const ask = page.getByRole('button', { name: m('data_removeButton') });
  await ask.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: m('data_removeTitle') });
  await expect(dialog).toHaveAccessibleDescription(m('data_removeQuestion'));
  // Focus lands on the safe answer, so Enter by habit removes nothing.
  await expect(dialog.getByRole('button', { name: m('data_cancel') })).toBeFocused();
  expect(await axeViolations(page, 'remove all data')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(ask).toBeFocused();
});
