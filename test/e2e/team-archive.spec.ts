import type { Page } from '@playwright/test';
import { type GitServer, startGitServer } from '../git-server/server';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { openPopupFor } from './helpers';
import { type PageServer, startPageServer } from './page-server';
import { openTeam, status } from './team/profile';
import { hasShared, readShared } from './workspace-helpers';

test.use({ extensionDir: E2E_EXTENSION_DIR });

/**
 * The digest's published issues read from a repository laid out as This Week in Rust's
 * (content/, built from the real issue in ../shared/fixtures) into the extension, through
 * the Team view; then the popup knows which issue a page was in.
 */

const TWIR = 'this-week-in-rust-453-2022-07-27.md';
const present = hasShared(TWIR);
if (!present && ['true', '1'].includes(process.env.CI ?? '')) {
  throw new Error(`../shared/fixtures/${TWIR} is absent: CI runs the real-digest tests`);
}
const issuePath = (date: string) => `content/${date}-this-week-in-rust.md`;

let git: GitServer;
let pages: PageServer;
test.beforeAll(async () => {
  git = await startGitServer();
  pages = await startPageServer();
});
test.afterAll(async () => {
  await git?.close();
  await pages?.close();
});

/** The fixture issue as another week's, with one link of its own. */
function weekOf(text: string, number: number, date: string, link: string): string {
  return text
    .replaceAll('453', String(number))
    .replaceAll('2022-07-27', date)
    .replace('https://blog.rust-lang.org/inside-rust/2022/07/27/keyword-generics.html', link);
}

async function connect(page: Page, repo: string) {
  await page.getByRole('button', { name: 'Digest and style' }).click();
  await page.getByRole('combobox', { name: 'House style' }).selectOption('this-week-in-rust');
  await page.getByRole('button', { name: 'Team', exact: true }).click();
  await page.getByLabel('Repository URL').fill(git.url(repo));
  await page.getByLabel('User name').fill(git.user);
  await page.getByLabel('Token', { exact: true }).fill(git.token);
  await page.getByLabel('Your name').fill('Aiko');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(status(page)).toContainText('Connected');
}

test('the archive read from the repository: files left out listed, a page clipped again names its issue, the second read only the new file', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  test.skip(!present, 'needs ../shared/fixtures');
  // Several real git round trips on a shared machine: well past the default minute.
  test.setTimeout(240_000);
  const issue = readShared(TWIR);
  const page452 = pages.url('/plain');
  git.createRepo('archive', 'master');
  git.commitDirectly(
    'archive',
    'master',
    {
      [issuePath('2022-07-27')]: issue,
      [issuePath('2022-07-20')]: weekOf(issue, 452, '2022-07-20', page452),
      [issuePath('2022-06-01')]: Buffer.from([0x61, 0xe9, 0x0a]) as unknown as string,
      [issuePath('2022-06-08')]: 'x'.repeat(3 * 1024 * 1024),
    },
    'Issues',
  );
  const team = await openTeam(context, extensionUrl);
  await connect(team, 'archive');
  await team.getByRole('button', { name: 'Read the archive' }).click();
  await expect(status(team)).toContainText(
    '2 new or changed issues stored, 0 unchanged, 0 removed',
  );
  await expect(status(team)).toContainText('2 files were left out');
  await team.getByText('Files left out (2)').click();
  await expect(team.locator('.team-skipped li')).toHaveText([
    `${issuePath('2022-06-01')}: not UTF-8 text`,
    `${issuePath('2022-06-08')}: 3.0 MB, larger than the 2 MB a digest issue may be`,
  ]);

  // A page the archive holds: the popup says it is in issue 452.
  const tab = await context.newPage();
  await tab.goto(page452);
  const popup = await openPopupFor(context, serviceWorker, page452);
  const notice = popup.getByTestId('already-clipped');
  await expect(notice).toContainText('Already published');
  await expect(notice).toContainText('452');
  await popup.close();

  // One more published issue: the second read reads that one file.
  git.commitDirectly(
    'archive',
    'master',
    { [issuePath('2022-08-03')]: weekOf(issue, 454, '2022-08-03', 'https://example.org/454') },
    'Issue 454',
  );
  await team.getByRole('button', { name: 'Read the archive' }).click();
  await expect(status(team)).toContainText(
    '1 new or changed issues stored, 2 unchanged, 0 removed',
  );
  await expect(status(team)).toContainText('2 files were left out');
});
