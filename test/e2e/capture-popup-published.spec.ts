import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor, readClips } from './helpers';
import { type PageServer, startPageServer } from './page-server';
import {
  clipItem,
  importMarkdown,
  openWorkspace,
  publishDraft,
  smallIssue,
} from './workspace-helpers';

test.use({ extensionDir: E2E_EXTENSION_DIR });

let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(() => server.close());

test('on a page of a published issue the popup leaves that clip alone and adds a follow-up to the draft', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  const url = server.url('/plain');
  const tab = await context.newPage();
  await tab.goto(url);
  let popup = await openPopupFor(context, serviceWorker, url);
  await popup.getByLabel('Comment').fill('as published');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  const [clipped] = await readClips(popup);
  const heading = clipped?.heading ?? '';
  await popup.close();
  const workspace = await openWorkspace(context, extensionUrl);
  await expect(clipItem(workspace, heading)).toBeVisible();
  await publishDraft(workspace);
  await expect(clipItem(workspace, heading)).toBeHidden();

  popup = await openPopupFor(context, serviceWorker, url);
  const notice = popup.getByTestId('already-clipped');
  await expect(notice).toContainText('Already published');
  await expect(notice).toContainText('saving adds this page to the current issue as a follow-up');
  // The form is a new clip's, not the published one's words to edit.
  await expect(popup.getByLabel('Comment')).toHaveValue('');
  await popup.getByLabel('Comment').fill('what changed since');
  await popup.getByRole('button', { name: 'Add as a follow-up' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');

  const clips = await readClips(popup);
  expect(clips.map((c) => c.comment).sort()).toEqual(['as published', 'what changed since']);
  await expect(clipItem(workspace, heading)).toBeVisible();
});

test('a popup whose clip was published meanwhile changes nothing, says so, and Save again adds a follow-up', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  const url = server.url('/plain');
  const tab = await context.newPage();
  await tab.goto(url);
  let popup = await openPopupFor(context, serviceWorker, url);
  await popup.getByLabel('Comment').fill('as published');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  await popup.close();
  popup = await openPopupFor(context, serviceWorker, url);
  await expect(popup.getByTestId('already-clipped')).toContainText('Already clipped');
  await expect(popup.getByLabel('Comment')).toHaveValue('as published');

  const workspace = await openWorkspace(context, extensionUrl);
  await publishDraft(workspace);
  await popup.getByLabel('Comment').fill('as published, and a later thought');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('alert')).toContainText('was published meanwhile');
  expect((await readClips(popup)).map((c) => c.comment)).toEqual(['as published']);
  // Every word typed is still in the form; Save now adds it to the current draft.
  await expect(popup.getByLabel('Comment')).toHaveValue('as published, and a later thought');
  await popup.getByRole('button', { name: 'Add as a follow-up' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  const comments = (await readClips(popup)).map((c) => c.comment).sort();
  expect(comments).toEqual(['as published', 'as published, and a later thought']);
});

test('a page a published issue linked in its text, not as an item, is named in the popup, and Save adds it', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  const url = server.url('/plain');
  const workspace = await openWorkspace(context, extensionUrl);
  // The intro links the page; the items are other pages.
  const [title, ...rest] = smallIssue().split('\n');
  await importMarkdown(
    workspace,
    [title, '', `Read [this first](${url}) before the links.`, ...rest].join('\n'),
  );
  await publishDraft(workspace);

  const tab = await context.newPage();
  await tab.goto(url);
  const popup = await openPopupFor(context, serviceWorker, url);
  const notice = popup.getByTestId('already-clipped');
  await expect(notice).toContainText('Linked before');
  await expect(notice).toContainText('in the text of “Small Weekly (2024-05-03)”, not as an item');
  // Nothing to follow up or edit: Save makes a new clip of the current draft.
  await expect(popup.getByRole('button', { name: 'Save' })).toBeVisible();
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  expect((await readClips(popup)).filter((c) => c.url === url)).toHaveLength(1);
});
