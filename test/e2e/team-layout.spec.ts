import type { Page } from '@playwright/test';
import { type GitServer, startGitServer } from '../git-server/server';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openTeam, status, storedTeam } from './team/profile';

test.use({ extensionDir: E2E_EXTENSION_DIR });

/**
 * The Connect form's repository layout: proposed by the digest's house style, edited from
 * the keyboard, stored with the connection; a connection stored before these fields
 * existed still connects, as packs.
 */
let server: GitServer;
test.beforeAll(async () => {
  server = await startGitServer();
  server.createRepo('layout');
});
test.afterAll(() => server.close());

/** Replaces a field's text by typing, as a keyboard user does. */
async function typeInto(page: Page, label: string, text: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

async function useStyle(page: Page, style: string) {
  await page.getByRole('button', { name: 'Digest and style' }).click();
  await page.getByRole('combobox', { name: 'House style' }).selectOption(style);
  await expect(page.getByRole('combobox', { name: 'House style' })).toHaveValue(style);
}

test('the style proposes its layout; typed changes are stored with the connection', async ({
  context,
  extensionUrl,
}) => {
  const page = await openTeam(context, extensionUrl);
  await useStyle(page, 'this-week-in-rust');
  await page.getByRole('button', { name: 'Team', exact: true }).click();
  const form = page.getByRole('form', { name: 'Repository' });
  await expect(form.getByRole('group', { name: 'The edition in the repository' })).toBeVisible();
  await expect(page.getByLabel('Repository URL')).toHaveValue(
    'https://github.com/rust-lang/this-week-in-rust.git',
  );
  await expect(page.getByLabel('Base branch')).toHaveValue('master');
  await expect(page.getByLabel('Edition file')).toHaveValue('draft/{date}-this-week-in-rust.md');
  await expect(page.getByLabel('Published issues in')).toHaveValue('content/');
  await expect(page.getByLabel('Push to')).toHaveValue('');
  await expect(page.getByLabel('Edition file')).toHaveAccessibleDescription(/\{yyyymmdd\}/);

  // A wrong edition path is named before anything is asked of the network.
  await typeInto(page, 'Edition file', '../draft/{date}.md');
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText('The edition file must be a relative path');

  await typeInto(page, 'Repository URL', server.url('layout'));
  await typeInto(page, 'Push to', server.url('layout'));
  await typeInto(page, 'Base branch', 'main');
  await typeInto(page, 'Edition file', 'draft/{date}-digest.md');
  await typeInto(page, 'Published issues in', 'content/, old');
  await typeInto(page, 'User name', server.user);
  await typeInto(page, 'Token', server.token);
  await typeInto(page, 'Your name', 'Aiko');
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText('Connected');
  expect((await storedTeam(page)).teamRepository).toMatchObject({
    url: server.url('layout'),
    pushUrl: server.url('layout'),
    branch: 'main',
    editionPath: 'draft/{date}-digest.md',
    archiveFolders: ['content/', 'old'],
  });

  // Shown as stored after a reload; the button brings the style's proposal back.
  await page.reload();
  await page.getByRole('button', { name: 'Team', exact: true }).click();
  await expect(page.getByLabel('Edition file')).toHaveValue('draft/{date}-digest.md');
  await expect(page.getByLabel('Published issues in')).toHaveValue('content/, old');
  const fill = page.getByRole('button', {
    name: 'Use the repository layout of the this-week-in-rust style',
  });
  await fill.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Edition file')).toHaveValue('draft/{date}-this-week-in-rust.md');
  await expect(page.getByLabel('Published issues in')).toHaveValue('content/');
  await expect(page.getByLabel('Base branch')).toHaveValue('master');
});

test('a connection stored before the layout fields existed still connects, as packs', async ({
  context,
  extensionUrl,
}) => {
  const page = await openTeam(context, extensionUrl);
  const old = {
    url: server.url('layout'),
    branch: 'main',
    folder: 'packs',
    username: server.user,
    publishPath: '',
  };
  await page.evaluate(
    ([config, token]) => chrome.storage.local.set({ teamRepository: config, teamToken: token }),
    [old, server.token] as const,
  );
  await page.reload();
  await page.getByRole('button', { name: 'Team', exact: true }).click();
  await expect(page.getByLabel('Repository URL')).toHaveValue(server.url('layout'));
  await expect(page.getByLabel('Edition file')).toHaveValue('');
  await expect(page.getByLabel('Published issues in')).toHaveValue('');
  // The default style proposes no layout, so there is nothing to fill in.
  await expect(page.getByRole('button', { name: /repository layout/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share my clips' })).toBeVisible();
  await page.getByLabel('Your name').fill('Ben');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(status(page)).toContainText('Connected');
  expect((await storedTeam(page)).teamRepository).toEqual({
    ...old,
    pushUrl: '',
    editionPath: '',
    archiveFolders: [],
  });
});
