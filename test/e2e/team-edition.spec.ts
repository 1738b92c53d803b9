import type { Page } from '@playwright/test';
import { nextEdition } from '../../src/core/issue/next-edition';
import { type GitServer, startGitServer } from '../git-server/server';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { readClips } from './helpers';
import { launchProfile, openTeam, status } from './team/profile';
import { addClip, hasShared, readShared } from './workspace-helpers';

test.use({ extensionDir: E2E_EXTENSION_DIR });

/**
 * The edition in the digest's repository, with two editors' browsers: a contributor who
 * proposes from a fork and a maintainer who commits to the base branch, against a
 * repository laid out as This Week in Rust's (draft/ and content/, built here from the
 * real issue in ../shared/fixtures) and its fork, both served by `git http-backend`.
 */

const TWIR = 'this-week-in-rust-453-2022-07-27.md';
const present = hasShared(TWIR);
if (!present && ['true', '1'].includes(process.env.CI ?? '')) {
  throw new Error(`../shared/fixtures/${TWIR} is absent: CI runs the real-digest tests`);
}
const PATH = 'draft/2022-08-03-this-week-in-rust.md';
const OFFICIAL = 'Official';

let server: GitServer;
test.beforeAll(async () => {
  server = await startGitServer();
});
test.afterAll(() => server?.close());

/** The upstream with its published issue and the next draft, and a fork of it. */
function repositories(up: string, fork: string) {
  const issue = readShared(TWIR);
  const started = nextEdition(issue, { style: 'this-week-in-rust' });
  if (!started.ok) throw new Error(started.error);
  server.createRepo(up, 'master');
  server.commitDirectly(
    up,
    'master',
    { 'content/2022-07-27-this-week-in-rust.md': issue, [PATH]: started.value.markdown },
    'Issue 453 and the next draft',
  );
  server.createRepo(fork, 'master');
  server.git(fork, 'fetch', '--quiet', `../${up}.git`, '+refs/heads/master:refs/heads/master');
}

async function connectTwir(page: Page, who: string, up: string, fork: string) {
  await page.getByRole('button', { name: 'Digest and style' }).click();
  await page.getByRole('combobox', { name: 'House style' }).selectOption('this-week-in-rust');
  await page.getByRole('button', { name: 'Team', exact: true }).click();
  await expect(page.getByLabel('Edition file')).toHaveValue('draft/{date}-this-week-in-rust.md');
  await page.getByLabel('Repository URL').fill(server.url(up));
  await page.getByLabel('Push to').fill(fork ? server.url(fork) : '');
  await page.getByLabel('User name').fill(server.user);
  await page.getByLabel('Token', { exact: true }).fill(server.token);
  await page.getByLabel('Your name').fill(who);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(status(page)).toContainText('Connected');
  await page.getByRole('button', { name: 'Open the edition' }).click();
  await expect(status(page)).toContainText(`Opened ${PATH}`);
}

async function clip(page: Page, names: string[]) {
  await page.getByRole('button', { name: /^Draft/ }).click();
  for (const name of names) {
    await addClip(page, OFFICIAL, {
      url: `https://example.org/${name}`,
      pageTitle: `Page ${name}`,
      heading: `Page ${name}`,
      comment: '',
    });
  }
  await page.getByRole('button', { name: 'Team', exact: true }).click();
}

test('a contributor proposes two, the maintainer commits three, the sync holds all five once', async ({
  context,
  extensionUrl,
}) => {
  test.skip(!present, 'needs ../shared/fixtures');
  // Several real git round trips on a shared machine: well past the default minute.
  test.setTimeout(240_000);
  repositories('up', 'fork');
  const ben = await launchProfile();
  try {
    const aiko = await openTeam(context, extensionUrl);
    const maintainer = await openTeam(ben.context, ben.extensionUrl);
    await connectTwir(aiko, 'Aiko', 'up', 'fork');
    await connectTwir(maintainer, 'Ben', 'up', '');

    await clip(aiko, ['c1', 'c2']);
    const branch = await aiko.getByLabel('Branch for the proposal').inputValue();
    expect(branch).toMatch(/^digest\/aiko-\d{4}-\d\d-\d\d$/);
    await aiko.getByRole('button', { name: 'Propose', exact: true }).click();
    await expect(status(aiko)).toContainText(`to the branch ${branch}`);
    // The pull request names both repositories, and both branches.
    await expect(status(aiko)).toContainText(
      `from ${server.url('fork').replace(/\.git$/, '')}, branch ${branch}, into ${server.url('up').replace(/\.git$/, '')}, branch master`,
    );

    await clip(maintainer, ['m1', 'm2', 'm3']);
    await maintainer.getByRole('button', { name: 'Commit to the base branch' }).click();
    await expect(status(maintainer)).toContainText(`Committed ${PATH} to master`);

    await aiko.getByRole('button', { name: 'Sync', exact: true }).click();
    await expect(status(aiko)).toContainText('New: 3 items');
    await expect(status(aiko)).toContainText(
      `The proposal branch ${branch} was brought up to date`,
    );

    const edition = server.git('fork', 'show', `${branch}:${PATH}`);
    for (const name of ['c1', 'c2', 'm1', 'm2', 'm3']) {
      expect(edition.split(`(https://example.org/${name})`)).toHaveLength(2);
    }
    server.git('fork', 'fetch', '--quiet', '../up.git', '+refs/heads/master:refs/upstream/master');
    const diff = server.git('fork', 'diff', 'refs/upstream/master', branch);
    const changed = diff.split('\n').filter((line) => /^[+-][^+-]/.test(line));
    expect(changed).toHaveLength(2);
    expect(
      changed.every((line) => line.startsWith('+') && /example\.org\/c[12]\)/.test(line)),
    ).toBe(true);
    const parents = server
      .git('fork', 'rev-list', '--parents', '-n', '1', branch)
      .trim()
      .split(' ');
    expect(parents).toHaveLength(3);
    expect(parents[2]).toBe(server.git('up', 'rev-parse', 'master').trim());
    // The contributor's issue holds all five, once each.
    const urls = (await readClips(aiko)).filter((c) => !c.deletedAt).map((c) => c.url);
    expect(urls.filter((u) => u.startsWith('https://example.org/')).sort()).toEqual(
      ['c1', 'c2', 'm1', 'm2', 'm3'].map((n) => `https://example.org/${n}`),
    );
  } finally {
    await ben.close();
  }
});
