import type { BrowserContext, Page, Worker } from '@playwright/test';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor, readClips, readDraft, tabIdOf } from './helpers';
import { PAGES, type PageServer, startPageServer } from './page-server';
import { showPageDetails } from './popup-helpers';

test.use({ extensionDir: E2E_EXTENSION_DIR });

let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

/**
 * The popup with extra seam parameters: `hold=rest` keeps its second stage (database,
 * draft, page text) back until `releaseRest()`, `close=auto` makes it close after saving
 * as the toolbar popup does. `init` runs in the page before the popup's own script.
 */
async function popupWith(
  context: BrowserContext,
  worker: Worker,
  url: string,
  params: string,
  init?: () => void,
): Promise<Page> {
  const id = await tabIdOf(worker, url);
  const popup = await context.newPage();
  if (init) await popup.addInitScript(init);
  await popup.goto(
    `chrome-extension://${new URL(worker.url()).host}/src/popup/index.html?tab=${id}&${params}`,
  );
  return popup;
}

const release = (popup: Page) =>
  popup.evaluate(() => (globalThis as { releaseRest?: () => void }).releaseRest?.());

/** One ordinary open, so the popup has the categories to offer before its database. */
async function openOnce(context: BrowserContext, worker: Worker, url: string) {
  const popup = await openPopupFor(context, worker, url);
  await expect(popup.getByLabel('Category')).toHaveValue('new-features');
  await popup.close();
}

test('before the rest has loaded, the form is filled and saves what was typed', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('/hostile'));
  await openOnce(context, serviceWorker, server.url('/hostile'));
  const tab = await context.newPage();
  await tab.goto(server.url('/other'));

  const popup = await popupWith(context, serviceWorker, server.url('/other'), 'hold=rest');
  await expect(popup.getByLabel('Heading', { exact: true })).not.toHaveValue('');
  await expect(popup.getByLabel('URL')).toHaveValue(server.url('/other'));
  await expect(popup.getByRole('button', { name: 'Save' })).toBeEnabled();
  // The page's description comes with the rest: not there yet.
  await expect(popup.getByLabel('Description')).toHaveValue('');

  await popup.getByLabel('Comment').fill('typed at once');
  await popup.getByLabel('Comment').press('Control+Enter');
  await expect(popup.getByRole('status')).toContainText('Saved');
  const [clip] = await readClips(popup);
  expect(clip).toMatchObject({
    url: server.url('/other'),
    comment: 'typed at once',
    categoryId: 'new-features',
  });

  // When the rest arrives, what was typed stays where it is; the untouched description fills.
  await release(popup);
  await expect(popup.getByLabel('Description')).toHaveValue(
    PAGES['/other']?.description ?? 'no description in the fixture',
  );
  await expect(popup.getByLabel('Comment')).toHaveValue('typed at once');
  await expect(popup.getByTestId('already-clipped')).toBeHidden();
  // Saving again edits the clip it made.
  await popup.getByLabel('Comment').fill('typed at once, then more');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  expect((await readClips(popup)).map((c) => c.comment)).toEqual(['typed at once, then more']);
});

test('the first frame is the form as the first script left it: focused, categories offered', async ({
  context,
  serviceWorker,
}) => {
  const tab = await context.newPage();
  await tab.goto(server.url('/plain'));
  await openOnce(context, serviceWorker, server.url('/plain'));
  // Runs before the popup's own script; its frame callback runs at the page's first frame.
  const recordFirstFrame = () => {
    requestAnimationFrame(() => {
      const select = document.getElementById('field-categoryId') as HTMLSelectElement | null;
      (globalThis as { firstFrame?: unknown }).firstFrame = {
        focused: document.activeElement?.id ?? '',
        categories: select?.options.length ?? 0,
      };
    });
  };
  const popup = await popupWith(context, serviceWorker, server.url('/plain'), '', recordFirstFrame);
  await expect(popup.getByLabel('URL')).toHaveValue(server.url('/plain'));
  const first = await popup.evaluate(() => (globalThis as { firstFrame?: unknown }).firstFrame);
  const offered = await popup.getByLabel('Category').locator('option').count();
  expect(offered).toBeGreaterThan(0);
  // Not an empty menu and no caret that appear a frame later.
  expect(first).toEqual({ focused: 'field-comment', categories: offered });
});

test('typing before the rest arrives wins over the stored draft, which fills only the rest', async ({
  context,
  serviceWorker,
}) => {
  const tab = await context.newPage();
  await tab.goto(server.url('/plain'));
  let popup = await openPopupFor(context, serviceWorker, server.url('/plain'));
  await popup.getByLabel('Heading', { exact: true }).fill('My heading');
  await popup.getByLabel('Comment').fill('old words');
  await expect
    .poll(() => readDraft(popup, server.url('/plain')))
    .toMatchObject({ comment: 'old words' });
  await popup.close();

  popup = await popupWith(context, serviceWorker, server.url('/plain'), 'hold=rest');
  await expect(popup.getByLabel('Heading', { exact: true })).toHaveValue('A plain page');
  await popup.getByLabel('Comment').fill('new words');
  await release(popup);
  // The draft's heading arrives; the comment typed meanwhile is not replaced.
  await expect(popup.getByLabel('Heading', { exact: true })).toHaveValue('My heading');
  await expect(popup.getByLabel('Comment')).toHaveValue('new words');
  await expect
    .poll(() => readDraft(popup, server.url('/plain')))
    .toMatchObject({ comment: 'new words' });
});

test('the first open ever waits for the categories before Save, then saves', async ({
  context,
  serviceWorker,
}) => {
  const tab = await context.newPage();
  await tab.goto(server.url('/plain'));
  const popup = await popupWith(context, serviceWorker, server.url('/plain'), 'hold=rest');
  await expect(popup.getByLabel('URL')).toHaveValue(server.url('/plain'));
  // Nothing remembered yet: no category to file under, so Save waits for the database.
  await expect(popup.getByRole('button', { name: 'Save' })).toBeDisabled();
  await popup.getByLabel('Comment').fill('first words');
  await release(popup);
  await expect(popup.getByRole('button', { name: 'Save' })).toBeEnabled();
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  expect((await readClips(popup))[0]).toMatchObject({ comment: 'first words' });
});

test('saving closes the popup after "Saved", unless it is set to stay open', async ({
  context,
  serviceWorker,
}) => {
  const tab = await context.newPage();
  await tab.goto(server.url('/plain'));
  let popup = await popupWith(context, serviceWorker, server.url('/plain'), 'close=auto');
  await popup.getByLabel('Comment').fill('and close');
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  await closed;

  await tab.goto(server.url('/other'));
  popup = await popupWith(context, serviceWorker, server.url('/other'), 'close=auto');
  await showPageDetails(popup);
  await popup.getByLabel('Keep the popup open after saving').check();
  await popup.getByLabel('Comment').fill('stay');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  // Well past the moment it would have closed, it is still there to edit.
  await popup.waitForTimeout(2_000);
  expect(popup.isClosed()).toBe(false);
  await popup.getByLabel('Comment').fill('stay, edited');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(async () => (await readClips(popup)).map((c) => c.comment).sort())
    .toEqual(['and close', 'stay, edited']);
});

for (const details of [false, true]) {
  test(`at 400 × 510 px "Saved" is in view without scrolling, details ${details ? 'open' : 'folded'}`, async ({
    context,
    serviceWorker,
  }) => {
    const tab = await context.newPage();
    await tab.goto(server.url('/hostile'));
    const popup = await openPopupFor(context, serviceWorker, server.url('/hostile'));
    await popup.setViewportSize({ width: 400, height: 510 });
    await expect(popup.getByLabel('Description')).not.toHaveValue('');
    if (details) await showPageDetails(popup);
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.getByLabel('Comment').focus();
    await popup.keyboard.type('A comment.');
    await popup.keyboard.press('Control+Enter');
    const status = popup.getByRole('status');
    await expect(status).toContainText('Saved');
    const box = await status.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, height: innerHeight, scrolled: scrollY };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    if (!details) expect(box.scrolled).toBe(0);
  });
}

test('nothing above the Save bar moves when the rest arrives, an "Already clipped" notice included', async ({
  context,
  serviceWorker,
}) => {
  const tab = await context.newPage();
  await tab.goto(server.url('/other'));
  const first = await openPopupFor(context, serviceWorker, server.url('/other'));
  await first.getByLabel('Comment').fill('clipped before');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByRole('status')).toContainText('Saved');
  await first.close();

  const popup = await popupWith(context, serviceWorker, server.url('/other'), 'hold=rest');
  await expect(popup.getByLabel('URL')).toHaveValue(server.url('/other'));
  const places = () =>
    popup.evaluate(() =>
      ['field-heading', 'field-comment', 'field-categoryId', 'page-details'].map((id) => {
        const rect = document.getElementById(id)?.getBoundingClientRect();
        return [id, rect?.top, rect?.left, rect?.width, rect?.height];
      }),
    );
  const before = await places();
  await release(popup);
  await expect(popup.getByTestId('already-clipped')).toBeVisible();
  await expect(popup.getByLabel('Comment')).toHaveValue('clipped before');
  expect(await places()).toEqual(before);
});
