import { expect, test } from './fixtures';
import {
  addClip,
  importMarkdown,
  openIssueMore,
  openWorkspace,
  smallIssue,
} from './workspace-helpers';

/**
 * The Rendered preview renders as the style's site does: a comment's `<details>` is a
 * widget in a GitBook style and literal text on Zenn, where a single line break is kept
 * and a URL alone on its line is a card. The legend says which rules are in use.
 */
test('the rendered preview follows the site of the house style', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue());
  await addClip(page, '✨ New Features', {
    heading: 'Folded',
    url: 'https://api.example.com/repos?per_page=100&page=2',
    pageTitle: 'Folded page',
    comment: 'First line\nsecond line\n\n<details><summary>More</summary>\n\nHidden\n\n</details>',
  });
  await page.getByRole('button', { name: 'Rendered' }).click();
  const rendered = page.getByTestId('rendered-preview');
  const legend = page.getByTestId('rendered-legend');

  // Neco Weekly on GitBook: CommonMark with its HTML.
  await expect(legend).toContainText('CommonMark');
  await expect(rendered.locator('details summary')).toHaveText('More');
  await expect(rendered.getByText('First line second line')).toBeVisible();

  await openIssueMore(page);
  await page.getByLabel('House style', { exact: true }).selectOption('zenn');
  await expect(legend).toContainText('Zenn');
  await expect(rendered.locator('details')).toHaveCount(0);
  await expect(rendered).toContainText('<details><summary>More</summary>');
  await expect(rendered.locator('p', { hasText: 'First line' }).locator('br')).toHaveCount(1);
  // The bare URL line is Zenn's card, linking to the URL as typed.
  await expect(
    rendered.locator('.link-card a[href="https://api.example.com/repos?per_page=100&page=2"]'),
  ).toHaveCount(1);
  // Still sanitized: nothing that runs or loads.
  await expect(rendered.locator('script, img, iframe, [style], [src]')).toHaveCount(0);
});
