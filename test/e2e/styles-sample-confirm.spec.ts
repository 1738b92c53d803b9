import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { clipHeadings, importMarkdown, openWorkspace, smallIssue } from './workspace-helpers';

// The build the other specs of this change run against (npm run build:e2e).
test.use({ extensionDir: E2E_EXTENSION_DIR });

const FEATURES = '✨ New Features';

const PAST = [
  '# Past Weekly (2024-04-26)',
  '',
  '## ✨ New Features',
  '',
  '### Omega',
  '',
  '<a class="embedly-card" data-card-controls="0" href="https://example.com/omega">Omega page</a>',
  '',
  'About Omega.',
  '',
].join('\n');

test('"Use this style and import the issue" first says how many clips go to the trash', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue());
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Alpha', 'Beta', 'Gamma']);

  await page.getByRole('button', { name: 'Digest and style' }).click();
  await page.getByLabel('Past issue in Markdown').fill(PAST);
  await page.getByRole('button', { name: 'Read it' }).click();
  const importButton = page.getByRole('button', { name: 'Use this style and import the issue' });
  await importButton.click();
  const dialog = page.getByRole('dialog', { name: 'Use this style and import the issue' });
  await expect(dialog).toContainText('its 4 clips go to the trash');
  // Cancel changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Trash (0)' })).toBeVisible();

  await importButton.click();
  await dialog.getByRole('button', { name: 'Move 4 clips to the trash and import' }).click();
  await expect(page.getByText('this digest now writes in')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Trash (4)' })).toBeVisible();
  await page.getByRole('button', { name: 'Draft' }).click();
  await expect(clipHeadings(page, FEATURES)).toHaveText(['Omega']);
});
