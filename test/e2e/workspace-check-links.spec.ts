import { startLinkServer } from '../unit/helpers/link-server';
import { axeViolations } from './axe';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { clipItem, downloadMarkdown, importMarkdown, openWorkspace } from './workspace-helpers';

// "Check links" fetches the draft's links only when clicked, after asking for their
// sites; each finding sits on its item, and a permanent move's fix changes that item's
// line alone in the downloaded Markdown.

test.use({ extensionDir: E2E_EXTENSION_DIR });
// Each test imports, fetches and downloads twice: on a shared, loaded machine a minute is short.
test.describe.configure({ timeout: 150_000 });

let server: Awaited<ReturnType<typeof startLinkServer>>;
test.beforeAll(async () => {
  server = await startLinkServer({ slow: 60_000, lazy: 0 });
});
test.afterAll(() => server.close());

const issue = (origin: string) =>
  [
    '# Weekly (2024-05-03)',
    '',
    '## ✨ New Features',
    '',
    `### [Fine post](${origin}/ok)`,
    '',
    'Still here.',
    '',
    `### [Moved post](${origin}/old)`,
    '',
    'Moved since.',
    '',
    `### [Gone post](${origin}/gone)`,
    '',
    'Gone since.',
    '',
  ].join('\n');

test('Check links: each finding on its item, and the 301 fix changes only that line', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, issue(server.origin));
  await expect(clipItem(page, 'Gone post')).toBeVisible();
  const before = (await downloadMarkdown(page)).bytes.toString('utf8');
  await page.getByRole('button', { name: 'Check links' }).click();
  const line = page.getByTestId('link-check-line');
  await expect(line).toHaveText('3 links checked: 2 findings.');
  const panel = page.locator('section.live-links');
  await expect(panel.locator('li[data-rule="dead"]')).toContainText(
    '“Gone post” does not answer: HTTP 404',
  );
  const moved = panel.locator('li[data-rule="moved"]');
  await expect(moved).toContainText(`“Moved post” has moved for good to ${server.origin}/new`);
  // Findings and their fix buttons, as the keyboard and a screen reader meet them.
  expect(await axeViolations(page, 'check links')).toEqual([]);
  await moved.getByRole('button', { name: /^Use the fixed link for “Moved post”/ }).focus();
  await page.keyboard.press('Enter');
  await expect(moved).toHaveCount(0);
  const after = (await downloadMarkdown(page)).bytes.toString('utf8');
  const changed = before
    .split('\n')
    .map((text, i) => [text, after.split('\n')[i]])
    .filter(([a, b]) => a !== b);
  expect(changed).toEqual([
    [`### [Moved post](${server.origin}/old)`, `### [Moved post](${server.origin}/new)`],
  ]);
  expect(after.split('\n')).toHaveLength(before.split('\n').length);
});

test('refused access: nothing is fetched, and the line says what is not checked', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  await importMarkdown(page, issue(server.origin.replace('127.0.0.1', 'localhost')));
  // The button checks the draft as shown: wait until it shows the imported items.
  await expect(clipItem(page, 'Gone post')).toBeVisible();
  let hits = 0;
  context.on('request', (request) => {
    if (request.url().includes('localhost')) hits++;
  });
  // The editor says no to the browser's question: the permission API answers false.
  await page.evaluate(() => {
    const api = (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } })
      .chrome.permissions;
    api.request = (_: unknown, callback?: (granted: boolean) => void) =>
      callback ? callback(false) : Promise.resolve(false);
  });
  await page.getByRole('button', { name: 'Check links' }).click();
  await expect(page.getByTestId('link-check-line')).toHaveText(
    'Nothing was fetched: the workspace was not allowed to open those sites. 3 links are not checked.',
  );
  await expect(page.locator('section.live-links li')).toHaveCount(0);
  expect(hits).toBe(0);
});

test('link rules: a tracker on a This Week in Rust item is refused there, and its fix rewrites that line alone', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  const twir = [
    'Title: This Week in Rust 453',
    'Number: 453',
    'Date: 2022-07-27',
    'Category: This Week in Rust',
    '',
    'Hello and welcome to another issue of *This Week in Rust*!',
    '',
    '## Updates from Rust Community',
    '',
    '### Observations/Thoughts',
    '* [How To Put 30 Languages Into 1.1MB](https://laurmaedje.github.io/posts/hypher/)',
    '* [A look at serde-json](https://owengage.com/writing/2022-07-22-a-look-at-serde-json/?utm_source=reddit)',
    '* [A performance retrospective using Rust (part 2)](https://agourlay.github.io/rust-performance-retrospective-part2/)',
    '',
  ].join('\n');
  await importMarkdown(page, twir);
  const rules = page.locator('section.link-rules');
  const refused = rules.locator('li[data-rule="forbidden-param"]');
  await expect(refused).toContainText(
    '“A look at serde-json” has parameters the digest refuses: utm_source.',
  );
  const before = (await downloadMarkdown(page)).bytes.toString('utf8');
  await refused
    .getByRole('button', { name: /^Use the fixed link for “A look at serde-json”/ })
    .click();
  await expect(refused).toHaveCount(0);
  await expect(rules).toContainText('Every link keeps the style’s link rules.');
  const after = (await downloadMarkdown(page)).bytes.toString('utf8');
  expect(after).toBe(before.replace('/?utm_source=reddit)', '/)'));
});
