import { axeViolations } from './axe';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { type IntakeServer, startIntakeServer } from './intake-server';
import { addClip, downloadMarkdown, openWorkspace, publishDraft } from './workspace-helpers';

test.use({ extensionDir: E2E_EXTENSION_DIR });

let server: IntakeServer;
test.beforeAll(async () => {
  server = await startIntakeServer();
});
test.afterAll(async () => {
  await server.close();
});

/** A Slack copy of a week's channel: eight links, two of them in last week's issue. */
function chatLog(): string {
  const page = (n: number) => server.url(`/page/${n}`);
  return [
    '田中 アイコ',
    '午前 10:32',
    `この記事よかった ${server.url('/page/100')}`,
    `あと ${page(1)} も`,
    '',
    'Bob Smith',
    '10:41 AM',
    `Worth a look: ${page(2)} and ${page(3)}`,
    '```',
    'curl https://in.code.example/never',
    '```',
    '10:45',
    `${page(4)}`,
    '',
    'ferris',
    '11:02 AM',
    `> quoting ${server.url('/page/101')}`,
    `New: ${page(5)}, ${page(6)}`,
  ].join('\n');
}

test('a pasted chat log becomes an inbox that is filed by number keys, and only what was filed reaches the Markdown', async ({
  context,
  extensionUrl,
}) => {
  const page = await openWorkspace(context, extensionUrl);
  // Last week's issue holds two of the links.
  for (const n of [100, 101]) {
    await addClip(page, '✨ New Features', {
      heading: `Old ${n}`,
      url: server.url(`/page/${n}`),
      pageTitle: `Old ${n}`,
      comment: '',
    });
  }
  await publishDraft(page);

  await page.getByRole('button', { name: 'Inbox', exact: true }).click();
  await page.getByLabel(/^Paste links/).fill(chatLog());
  await page.getByRole('button', { name: 'Add to inbox' }).click();
  const status = page.locator('.inbox-lines');
  await expect(status).toContainText('6 links added to the inbox.');
  await expect(status.getByText(/^Not added, already in issue/)).toHaveCount(2);
  const rows = page.locator('li.inbox-row');
  await expect(rows).toHaveCount(6);
  await expect(rows.first()).toContainText('Slack · by 田中 アイコ · 午前 10:32');

  await page.getByRole('button', { name: 'Fetch titles of 6 untitled links' }).click();
  await expect(page.getByText('Titles found for 6 of 6 links')).toBeVisible();
  for (const n of [1, 2, 3, 4, 5, 6])
    await expect(rows.getByText(`Intake page ${n}`)).toBeVisible();
  expect(await axeViolations(page, 'inbox')).toEqual([]);

  // Five filed by number keys into three sections, one discarded and brought back.
  for (const [left, key] of [
    [6, '1'],
    [5, '1'],
    [4, '2'],
    [3, '2'],
    [2, '3'],
  ] as const) {
    await rows.first().focus();
    await page.keyboard.press(key);
    await expect(rows).toHaveCount(left - 1);
  }
  await expect(rows).toContainText(['Intake page 6']);
  await rows.first().focus();
  await page.keyboard.press('x');
  await expect(rows).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo discard' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Intake page 6');

  await page.getByRole('button', { name: 'Draft', exact: true }).click();
  const markdown = (await downloadMarkdown(page)).bytes.toString('utf8');
  for (const n of [1, 2, 3, 4, 5]) expect(markdown).toContain(server.url(`/page/${n}`));
  expect(markdown).not.toContain(server.url('/page/6'));
  // The address inside the code block was never a link of its own; the message keeps its text.
  expect(markdown).not.toContain('href="https://in.code.example');
  // The message came in as a quote, and the filed items carry their fetched titles.
  expect(markdown).toContain('Intake page 1');
});
