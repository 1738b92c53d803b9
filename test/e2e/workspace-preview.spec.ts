import { expect, test } from './fixtures';
import {
  addClip,
  clipHeadings,
  downloadMarkdown,
  importMarkdown,
  longIssue,
  openIssueMore,
  openWorkspace,
  section,
  smallIssue,
} from './workspace-helpers';

// Port 9 (discard) on this machine: nothing should ever ask it for anything.
const REMOTE = 'http://127.0.0.1:9';

test('the rendered preview is sanitized and loads nothing remote', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  const remote: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(REMOTE)) remote.push(request.url());
  });
  const hostile = [
    `![pixel](${REMOTE}/markdown.png)`,
    `<img src="${REMOTE}/img.png" onerror="document.title='pwned'">`,
    `<iframe src="${REMOTE}/frame"></iframe>`,
    `<script src="${REMOTE}/script.js"></script>`,
    `<div style="background:url(${REMOTE}/bg.png)">styled</div>`,
    `<video src="${REMOTE}/v.mp4" poster="${REMOTE}/poster.png"></video>`,
    '<a href="javascript:alert(1)">bad link</a> and <a href="https://example.com/ok">good link</a>',
  ].join('\n\n');
  await addClip(page, '✨ New Features', {
    heading: 'Hostile </a><script>alert(1)</script>',
    url: 'https://example.com/hostile',
    pageTitle: 'x</a><img src=x>',
    comment: hostile,
  });
  await page.getByRole('button', { name: 'Rendered' }).click();
  const rendered = page.getByTestId('rendered-preview');
  await expect(rendered.getByRole('heading', { name: /Hostile/ })).toBeVisible();
  await expect(rendered).toContainText('[image: pixel]');
  await expect(rendered.locator('img, iframe, script, video, object, embed, style')).toHaveCount(0);
  await expect(rendered.locator('[style], [src], [onerror]')).toHaveCount(0);
  await expect(rendered.getByRole('link', { name: 'good link' })).toHaveAttribute(
    'href',
    'https://example.com/ok',
  );
  await expect(rendered.getByText('bad link')).not.toHaveAttribute('href', /javascript/);
  await page.waitForLoadState('networkidle');
  expect(remote).toEqual([]);
  expect(await page.title()).not.toBe('pwned');
});

test('editorial checks name clips without comment, empty categories, duplicates and trackers', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue());
  await addClip(page, '✨ New Features', {
    heading: 'Alpha again',
    url: 'https://EXAMPLE.com/alpha/?utm_source=newsletter#top',
    pageTitle: 'Alpha page',
    comment: '',
  });
  const checks = page.getByRole('list', { name: /^Checks/ }).getByRole('listitem');
  await expect(checks).toHaveText([
    '“Alpha again” has no comment.',
    '🛠️ Tools, Frameworks, Libraries is empty and will be left out.',
    'The same article is clipped 2 times: “Alpha”, “Alpha again”.',
    '“Alpha again” still has tracking parameters: utm_source.',
  ]);
});

test("a style of the editor's own writes every item of the downloaded Markdown", async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue());
  await page.getByRole('button', { name: 'Digest and style' }).click();
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await page
    .getByLabel(/Item templates, one per box.*\(1\)/)
    .fill('* [{heading}]({url}) on {site}: {comment}');
  await page.getByRole('button', { name: 'Save style' }).click();
  await page.getByRole('button', { name: 'Draft' }).first().click();
  const markdown = (await downloadMarkdown(page)).bytes.toString('utf8');
  expect(markdown).toContain('* [Alpha](https://example.com/alpha) on example.com: About Alpha.\n');
  expect(markdown).not.toContain('embedly-card');
  // Back to a built-in style: the cards return, and the editor's style stays to pick again.
  await openIssueMore(page);
  const style = page.getByLabel('House style', { exact: true });
  await style.selectOption('embedly-link');
  await expect(page.getByTestId('markdown-preview')).toHaveText(/embedly-card/);
  await style.selectOption('embedly-link-copy');
  await expect(page.getByTestId('markdown-preview')).toHaveText(/on example\.com: About Alpha\./);
});

test('categories: add, rename, reorder, and remove with the clips moved to a chosen one', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, smallIssue());
  await page.getByRole('button', { name: 'Categories', exact: true }).click();
  const rows = page.getByRole('list', { name: 'Categories' }).getByRole('listitem');
  const adder = page.getByRole('form', { name: 'Add category' });
  await adder.getByLabel('Emoji').fill('📘');
  await adder.getByLabel('Name').fill('Books');
  await adder.getByRole('button', { name: 'Add category' }).click();
  await expect(rows).toHaveCount(4);

  const books = page.getByRole('form', { name: '📘 Books' });
  await books.getByLabel('Name').fill('Reading');
  await books.getByRole('button', { name: 'Save' }).click();
  const reading = page.getByRole('form', { name: '📘 Reading' });
  await reading.getByRole('button', { name: 'Move up' }).click();
  await expect(rows.nth(2).getByLabel('Name')).toHaveValue('Reading');

  await page
    .getByRole('form', { name: '✨ New Features' })
    .getByRole('button', { name: 'Remove' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Remove “✨ New Features”' });
  await dialog.getByLabel('Move its clips to').selectOption({ label: '📘 Reading' });
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('status')).toContainText('Clips moved: 3.');
  await expect(rows).toHaveCount(3);

  await page.getByRole('button', { name: 'Draft' }).click();
  await expect(section(page, '✨ New Features')).toHaveCount(0);
  await expect(clipHeadings(page, '📘 Reading')).toHaveText(['Alpha', 'Beta', 'Gamma']);
  // The section list names each section with its count of clips.
  const nav = page.getByRole('navigation', { name: 'Sections' }).getByRole('listitem');
  await expect(nav).toHaveText([
    '👀 Notable Articles 1',
    '📘 Reading 3',
    '🛠️ Tools, Frameworks, Libraries 0',
  ]);
});

test('both previews follow the outline: the focused clip’s heading scrolls to the top of the box', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  const names = Array.from({ length: 40 }, (_, i) => `Item ${String(i + 1).padStart(2, '0')}`);
  const markdown = longIssue(names);
  await importMarkdown(page, markdown);
  const preview = page.getByTestId('markdown-preview');
  // The preview holds the Markdown exactly, however it is laid out.
  expect(await preview.textContent()).toBe(markdown);
  const headingTop = (box: string, text: string) =>
    page.evaluate(
      ([selector, wanted]) => {
        const root = document.querySelector(`[data-testid="${selector}"]`) as HTMLElement;
        const range = document.createRange();
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(wanted) ?? -1;
          if (at !== -1) {
            range.setStart(node, at);
            range.setEnd(node, at + wanted.length);
            return range.getBoundingClientRect().top - root.getBoundingClientRect().top;
          }
        }
        return Number.NaN;
      },
      [box, text] as const,
    );
  await page.locator('[data-clip-id]').filter({ hasText: 'Item 30' }).locator('article').focus();
  await expect(preview).toHaveAttribute(
    'data-shown-line',
    String(markdown.split('\n').indexOf('### Item 30') + 1),
  );
  const top = await headingTop('markdown-preview', '### Item 30');
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(40);

  await page.getByRole('button', { name: 'Rendered' }).click();
  const rendered = page.getByTestId('rendered-preview');
  await page.locator('[data-clip-id]').filter({ hasText: 'Item 12' }).locator('article').focus();
  await expect(rendered).toHaveAttribute('data-shown-heading', 'Item 12');
  const renderedTop = await headingTop('rendered-preview', 'Item 12');
  expect(renderedTop).toBeGreaterThanOrEqual(0);
  expect(renderedTop).toBeLessThan(60);
});
