import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor, readClips, readDraft } from './helpers';
import { PAGES, type PageServer, startPageServer } from './page-server';
import { showPageDetails } from './popup-helpers';

test.use({ extensionDir: E2E_EXTENSION_DIR });

let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

const hostile = PAGES['/hostile'];

test('the popup is prefilled from the page, saves, says Saved, and the clip is in IndexedDB', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('/hostile'));
  const popup = await openPopupFor(context, serviceWorker, server.url('/hostile'));

  await expect(popup.getByLabel('Page title')).toHaveValue(hostile?.title ?? '');
  // The heading suggestion drops the site suffix; the markup stays text.
  await expect(popup.getByLabel('Heading', { exact: true })).toHaveValue(
    'Kubernetes 入門 🚀 x</a><script>alert(1)</script> & "quotes"',
  );
  await expect(popup.getByLabel('URL')).toHaveValue(server.url('/hostile'));
  await expect(popup.getByLabel('Description')).toHaveValue(hostile?.description ?? '');
  await expect(popup.getByLabel('Category')).toHaveValue('new-features');

  await popup.getByLabel('Comment').fill('面白い記事 & **太字**\n\n- list');
  await popup.getByLabel('Category').selectOption({ label: '👀 Notable Articles' });
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  await expect(popup.getByRole('link', { name: 'Open the workspace' })).toBeVisible();
  await expect(popup.getByTestId('already-clipped')).toBeHidden();

  const clips = await readClips(popup);
  expect(clips).toHaveLength(1);
  expect(clips[0]).toMatchObject({
    url: server.url('/hostile'),
    pageTitle: hostile?.title,
    description: hostile?.description,
    comment: '面白い記事 & **太字**\n\n- list',
    categoryId: 'notable-articles',
  });

  // Saving again from the same popup edits the clip it made.
  await popup.getByLabel('Comment').fill('面白い記事 (追記)');
  await popup.getByLabel('Comment').press('Control+Enter');
  await expect(popup.getByRole('status')).toContainText('Saved');
  await expect
    .poll(async () => (await readClips(popup)).map((c) => c.comment))
    .toEqual(['面白い記事 (追記)']);
});

test('Ctrl+Enter saves; reopening on the same page says Already clipped and edits that clip', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('/plain?utm_source=newsletter'));
  let popup = await openPopupFor(
    context,
    serviceWorker,
    server.url('/plain?utm_source=newsletter'),
  );
  await expect(popup.getByLabel('Heading', { exact: true })).toHaveValue('A plain page');
  await popup.getByLabel('Comment').fill('first thoughts');
  await popup.getByLabel('Comment').press('Control+Enter');
  await expect(popup.getByRole('status')).toContainText('Saved');
  await popup.close();

  // The same article without the tracker is the same clip.
  await page.goto(server.url('/plain'));
  popup = await openPopupFor(context, serviceWorker, server.url('/plain'));
  await expect(popup.getByTestId('already-clipped')).toContainText('Already clipped');
  await expect(popup.getByTestId('already-clipped')).toContainText('✨ New Features');
  await expect(popup.getByLabel('Comment')).toHaveValue('first thoughts');
  await popup.getByLabel('Comment').fill('second thoughts');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');

  const clips = await readClips(popup);
  expect(clips.map((c) => c.comment)).toEqual(['second thoughts']);
});

test('a comment being typed survives closing and reopening the popup', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('/other'));
  let popup = await openPopupFor(context, serviceWorker, server.url('/other'));
  await popup.getByLabel('Comment').pressSequentially('half-written 下書き');
  await popup.getByLabel('Category').selectOption({ label: '🛠️ Tools, Frameworks, Libraries' });
  // Each keystroke's put commits within milliseconds; a person cannot close the popup
  // faster than that, a test can, so it waits for the last one.
  await expect
    .poll(() => readDraft(popup, server.url('/other')))
    .toMatchObject({ comment: 'half-written 下書き', categoryId: 'tools' });
  await popup.close();

  popup = await openPopupFor(context, serviceWorker, server.url('/other'));
  await expect(popup.getByLabel('Comment')).toHaveValue('half-written 下書き');
  await expect(popup.getByLabel('Category')).toHaveValue('tools');
  expect(await readClips(popup)).toHaveLength(0);
});

test('selected text is offered as a quote in the comment', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(server.url('/hostile'));
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('quote') as HTMLElement);
    getSelection()?.addRange(range);
  });
  const popup = await openPopupFor(context, serviceWorker, server.url('/hostile'));
  await expect(popup.getByLabel('Comment')).toHaveValue('> 選択された 文章 & emphasis');
});

test('a failed save says why and keeps the text', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(server.url('/plain'));
  const popup = await openPopupFor(context, serviceWorker, server.url('/plain'));
  await popup.getByLabel('Comment').fill('keep me');
  await showPageDetails(popup);
  await popup.getByLabel('URL').fill('javascript:alert(1)');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('alert')).toContainText(
    'Not saved: Script links (javascript:) cannot be clipped',
  );
  await expect(popup.getByLabel('Comment')).toHaveValue('keep me');
  expect(await readClips(popup)).toHaveLength(0);
});
