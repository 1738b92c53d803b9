import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { downloadMarkdown, openWorkspace } from './workspace-helpers';

const SAMPLE = readFileSync(join(import.meta.dirname, '../fixtures/sample-issue.md'));
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

test('a file with a byte order mark comes back from Download with it, byte for byte', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await page.getByRole('button', { name: 'Import Markdown' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import Markdown' });
  const bytes = Buffer.concat([BOM, SAMPLE]);
  await dialog
    .getByLabel('Or open a file')
    .setInputFiles({ name: 'issue.md', mimeType: 'text/markdown', buffer: bytes });
  await expect(dialog.getByLabel('Markdown of an issue')).toHaveValue(`\uFEFF${SAMPLE}`);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(/Imported the issue into the draft/);
  const file = await downloadMarkdown(page);
  expect(file.bytes.equals(bytes)).toBe(true);
});

test('a file that is not UTF-8 is named, not opened with its bytes replaced', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await page.getByRole('button', { name: 'Import Markdown' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import Markdown' });
  // "café" in Latin-1: é is the lone byte 0xE9.
  const latin1 = Buffer.from('# Weekly\n\n## Links\n\n### caf\u00e9\n\nNote.\n', 'latin1');
  await dialog
    .getByLabel('Or open a file')
    .setInputFiles({ name: 'latin1.md', mimeType: 'text/markdown', buffer: latin1 });
  await expect(dialog.getByRole('alert')).toHaveText(
    'latin1.md is not UTF-8 text, so it was not opened: save it as UTF-8 and open it again.',
  );
  await expect(dialog.getByLabel('Markdown of an issue')).toHaveValue('');
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
});

test('a style file named like a built-in style is refused, not imported unused', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await page.getByRole('button', { name: 'Digest and style' }).click();
  const style = {
    format: 'digest-clipper-style',
    version: 1,
    name: 'embedly-link',
    label: 'Mine',
    frame: '# {title}',
    section: '## {name}',
    items: ['### {heading}\n\n{url}'],
  };
  await page.getByLabel('Import a style file').setInputFiles({
    name: 'mine.style.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(style)),
  });
  await expect(page.getByRole('status')).toContainText(
    'Cannot use mine.style.json: embedly-link is a built-in style’s name; choose another.',
  );
  await expect(page.getByRole('status')).not.toContainText('Imported the style');
});
