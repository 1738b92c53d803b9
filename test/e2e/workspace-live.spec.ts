import { expect, test } from './fixtures';
import {
  addClip,
  clipHeadings,
  clipItem,
  importMarkdown,
  openIssueMore,
  openWorkspace,
  smallIssue,
} from './workspace-helpers';

const FEATURES = '✨ New Features';

test('a clip saved in another workspace appears without reload, and typing is not clobbered', async ({
  context,
  extensionUrl,
}) => {
  const first = await openWorkspace(context, extensionUrl);
  await importMarkdown(first, smallIssue());
  const second = await openWorkspace(context, extensionUrl);
  await expect(clipHeadings(second, FEATURES)).toHaveText(['Alpha', 'Beta', 'Gamma']);

  // Text being typed in the first window, not yet left (so perhaps not yet saved).
  await openIssueMore(first);
  const intro = first.getByLabel('Intro', { exact: true });
  await intro.fill('Typed in the first window');

  await addClip(second, FEATURES, {
    heading: 'From the second window',
    url: 'https://example.com/second',
    pageTitle: 'Second',
    comment: 'Saved elsewhere.',
  });
  await expect(clipHeadings(first, FEATURES)).toHaveText([
    'Alpha',
    'Beta',
    'Gamma',
    'From the second window',
  ]);
  await expect(intro).toHaveValue('Typed in the first window');
  await expect(first.getByTestId('markdown-preview')).toHaveText(/^Typed in the first window$/m);
});

test('two workspaces editing one clip: the second save shows a conflict instead of overwriting', async ({
  context,
  extensionUrl,
}) => {
  const first = await openWorkspace(context, extensionUrl);
  await importMarkdown(first, smallIssue());
  const second = await openWorkspace(context, extensionUrl);

  const mine = clipItem(first, 'Beta');
  await mine.getByRole('button', { name: 'Edit' }).click();
  await mine.getByLabel('Comment').fill('Comment from the first window');

  const theirs = clipItem(second, 'Beta');
  await theirs.getByRole('button', { name: 'Edit' }).click();
  await theirs.getByLabel('Comment').fill('Comment from the second window');
  await theirs.getByRole('button', { name: 'Save' }).click();
  await expect(theirs.getByText('Comment from the second window')).toBeVisible();

  // The first window's form keeps its text through the live reload.
  await expect(mine.getByLabel('Comment')).toHaveValue('Comment from the first window');
  await mine.getByRole('button', { name: 'Save' }).click();
  const conflict = mine.getByRole('alert');
  await expect(conflict).toContainText('changed in another window');
  await expect(conflict).toContainText('Comment from the second window');
  await expect(mine.getByLabel('Comment')).toHaveValue('Comment from the first window');

  await conflict.getByRole('button', { name: 'Keep my version' }).click();
  await expect(mine.getByText('Comment from the first window')).toBeVisible();
  await expect(theirs.getByText('Comment from the first window')).toBeVisible();

  // Different fields of one clip merge without a conflict.
  await mine.getByRole('button', { name: 'Edit' }).click();
  await mine.getByLabel('Page title').fill('Retitled here');
  await theirs.getByRole('button', { name: 'Edit' }).click();
  await theirs.getByLabel('Heading').fill('Beta, renamed there');
  await theirs.getByRole('button', { name: 'Save' }).click();
  await expect(clipItem(first, 'Beta, renamed there')).toBeVisible();
  await clipItem(first, 'Beta, renamed there').getByRole('button', { name: 'Save' }).click();
  // The outline shows no page title; the editor shows both edits kept, once the second
  // window has read the first's save (its card in the Markdown carries the page title).
  await expect(second.getByTestId('markdown-preview')).toHaveText(/>Retitled here</);
  const merged = clipItem(second, 'Beta, renamed there');
  await merged.getByRole('button', { name: 'Edit' }).click();
  await expect(merged.getByLabel('Page title')).toHaveValue('Retitled here');
});
