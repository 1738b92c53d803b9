/// <reference types="chrome" />
import { nextEdition } from '../../src/core/issue/next-edition';
import { startGitServer } from '../git-server/server';
import { axeViolations, SCHEMES } from './axe';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openTeam, status } from './team/profile';
import { hasShared, readShared } from './workspace-helpers';

test.use({ extensionDir: E2E_EXTENSION_DIR });

const TWIR = 'this-week-in-rust-453-2022-07-27.md';
const present = hasShared(TWIR);
if (!present && ['true', '1'].includes(process.env.CI ?? '')) {
  throw new Error(`../shared/fixtures/${TWIR} is absent: CI runs the real-digest tests`);
}
const PATH = 'draft/2022-08-03-this-week-in-rust.md';

test('axe-core finds nothing in the Team view of an edition: files left out, an item to choose', async ({
  context,
  extensionUrl,
}) => {
  test.skip(!present, 'needs ../shared/fixtures');
  test.setTimeout(240_000);
  const started = nextEdition(readShared(TWIR), { style: 'this-week-in-rust' });
  if (!started.ok) throw new Error(started.error);
  const item = (title: string) =>
    started.value.markdown.replace(
      '### Official\n',
      `### Official\n\n* [${title}](https://example.org/x)\n`,
    );
  const server = await startGitServer();
  try {
    server.createRepo('axe', 'master');
    server.commitDirectly(
      'axe',
      'master',
      { [PATH]: item('Page x'), 'content/2022-06-01-this-week-in-rust.md': 'x'.repeat(3 << 20) },
      'Draft',
    );
    const page = await openTeam(context, extensionUrl);
    await page.getByRole('button', { name: 'Digest and style' }).click();
    await page.getByRole('combobox', { name: 'House style' }).selectOption('this-week-in-rust');
    await page.getByRole('button', { name: 'Team', exact: true }).click();
    await page.getByLabel('Repository URL').fill(server.url('axe'));
    await page.getByLabel('User name').fill(server.user);
    await page.getByLabel('Token', { exact: true }).fill(server.token);
    await page.getByLabel('Your name').fill('Aiko');
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(status(page)).toContainText('Connected');
    await page.getByRole('button', { name: 'Open the edition' }).click();
    await expect(status(page)).toContainText(`Opened ${PATH}`);
    await page.getByRole('button', { name: 'Read the archive' }).click();
    await expect(status(page)).toContainText('1 files were left out');
    await page.getByText('Files left out (1)').click();

    // The same item changed here (since a base that read otherwise) and upstream.
    await page.evaluate(async (base) => {
      const key = Object.keys(await chrome.storage.local.get(null)).find((k) =>
        k.startsWith('teamEdition:'),
      );
      if (!key) throw new Error('no edition stored');
      const state = (await chrome.storage.local.get(key))[key] as Record<string, unknown>;
      await chrome.storage.local.set({ [key]: { ...state, base } });
    }, item('Base x'));
    server.commitDirectly('axe', 'master', { [PATH]: item('Theirs x') }, 'Theirs');
    await page.getByRole('button', { name: 'Sync', exact: true }).click();
    await expect(page.getByRole('group', { name: /^Item 1/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Apply the choices' })).toBeDisabled();

    const found: string[] = [];
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      found.push(...(await axeViolations(page, `${scheme} edition`)));
    }
    expect(found).toEqual([]);

    // Chosen from the keyboard: the item as it is upstream.
    await page.getByRole('radio', { name: 'Keep theirs' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Apply the choices' }).click();
    await expect(status(page)).toContainText('Synced');
    await page.getByRole('button', { name: /^Draft/ }).click();
    await expect(page.getByText('Theirs x').first()).toBeVisible();
  } finally {
    await server.close();
  }
});
