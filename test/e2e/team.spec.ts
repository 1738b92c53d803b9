import { type GitServer, startGitServer } from '../git-server/server';
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { readClips } from './helpers';
import { connect, launchProfile, openTeam, status, storedTeam } from './team/profile';
import { addClip, downloadMarkdown } from './workspace-helpers';

test.use({ extensionDir: E2E_EXTENSION_DIR });

/** Two editors through a real `git http-backend` on 127.0.0.1, checked with the git CLI. */
let server: GitServer;
let repo = 0;
let name = '';
test.beforeAll(async () => {
  server = await startGitServer();
});
test.afterAll(() => server.close());
test.beforeEach(() => {
  name = `digest-${++repo}`;
  server.createRepo(name);
  server.mode = 'ok';
});

const NOTABLE = '👀 Notable Articles';
const common = { url: 'https://example.com/common', pageTitle: 'Common article' };
const head = () => server.git(name, 'rev-parse', 'main').trim();
const files = () => server.git(name, 'ls-tree', '-r', '--name-only', 'main').trim().split('\n');

test('two editors share, one gets team clips (each clip once, both comments) and publishes', async ({
  context,
  extensionUrl,
}) => {
  const ben = await launchProfile();
  try {
    const aikoPage = await openTeam(context, extensionUrl);
    const benPage = await openTeam(ben.context, ben.extensionUrl);
    for (const [page, who, only] of [
      [aikoPage, 'Aiko', 'https://example.com/aiko'],
      [benPage, 'Ben', 'https://example.com/ben'],
    ] as const) {
      await page.getByRole('button', { name: /^Draft/ }).click();
      const url = who === 'Ben' ? `${common.url}?utm_source=feed` : common.url;
      await addClip(page, NOTABLE, {
        ...common,
        url,
        heading: `Common (${who})`,
        comment: `${who} says.`,
      });
      await addClip(page, NOTABLE, {
        url: only,
        pageTitle: who,
        heading: `${who} only`,
        comment: '',
      });
      await page.getByRole('button', { name: 'Team', exact: true }).click();
      await connect(page, server, { url: server.url(name), name: who });
      await expect(status(page)).toContainText('Connected');
      await page.getByRole('button', { name: 'Share my clips' }).click();
      await expect(status(page)).toContainText(/Shared 2 clips as packs\/\d{4}-\d\d-\d\d\//);
    }

    await aikoPage.getByRole('button', { name: 'Get team clips' }).click();
    const preview = aikoPage.getByRole('region', { name: 'Merge into current draft' });
    await expect(preview).toContainText('1 new clips');
    await expect(preview).toContainText('1 clips merged with yours');
    await preview.getByRole('button', { name: 'Merge into current draft' }).click();
    await expect(status(aikoPage)).toContainText('1 added, 1 merged');

    const clips = await readClips(aikoPage);
    expect(clips.map((c) => c.url).sort()).toEqual([
      'https://example.com/aiko',
      'https://example.com/ben',
      common.url,
    ]);
    expect(clips.find((c) => c.url === common.url)?.comment).toBe('Aiko says.\n\n— Ben: Ben says.');

    // Again: the packs add nothing, so nothing can be merged twice.
    await aikoPage.getByRole('button', { name: 'Get team clips' }).click();
    await expect(preview).toContainText('already holds everything');
    await expect(preview.getByRole('button', { name: 'Merge into current draft' })).toBeDisabled();

    await aikoPage.getByRole('button', { name: 'Publish to repository' }).click();
    await expect(status(aikoPage)).toContainText(
      /Published the issue as \d{4}\/\d\d\/\d{4}-\d\d-\d\d\.md on main/,
    );
    // With no path set, the issue goes where its house style's site expects it.
    const path = files().find((f) => /^\d{4}\/\d\d\/\d{4}-\d\d-\d\d\.md$/.test(f)) ?? '';
    expect(path).not.toBe('');
    expect(files()).toEqual(expect.arrayContaining(['README.md', path]));
    expect(
      files()
        .filter((f) => f.startsWith('packs/'))
        .map((f) => f.split('/')[2]),
    ).toEqual(['aiko.json', 'ben.json']);
    // The commit holds the workspace's own render of the draft, byte for byte.
    await aikoPage.getByRole('button', { name: /^Draft/ }).click();
    const { bytes } = await downloadMarkdown(aikoPage);
    expect(server.git(name, 'show', `main:${path}`)).toBe(bytes.toString('utf8'));
    expect(server.git(name, 'rev-list', '--min-parents=2', 'main').trim()).toBe('');
    const log = server.git(name, 'log', '--format=%an|%s', 'main').trim().split('\n');
    expect(log[0]).toMatch(/^Aiko\|Publish .+ \(\d{4}-\d\d-\d\d\)$/);
    expect(log.filter((l) => l.startsWith('Ben|Clips of Ben'))).toHaveLength(1);
    expect(log.filter((l) => l.startsWith('Aiko|Clips of Aiko'))).toHaveLength(1);
  } finally {
    await ben.close();
  }
});

test('two editors sharing at the same moment both arrive, no commit lost', async ({
  context,
  extensionUrl,
}) => {
  const ben = await launchProfile();
  try {
    const pages = [
      await openTeam(context, extensionUrl),
      await openTeam(ben.context, ben.extensionUrl),
    ];
    for (const [index, page] of pages.entries()) {
      const who = index === 0 ? 'Aiko' : 'Ben';
      await page.getByRole('button', { name: /^Draft/ }).click();
      await addClip(page, NOTABLE, { ...common, heading: who, comment: `${who}.` });
      await page.getByRole('button', { name: 'Team', exact: true }).click();
      await connect(page, server, { url: server.url(name), name: who });
      await expect(status(page)).toContainText('Connected');
    }
    await Promise.all(
      pages.map((page) => page.getByRole('button', { name: 'Share my clips' }).click()),
    );
    for (const page of pages) await expect(status(page)).toContainText('Shared 1 clips');
    expect(
      files()
        .filter((f) => f.startsWith('packs/'))
        .map((f) => f.split('/')[2]),
    ).toEqual(['aiko.json', 'ben.json']);
    expect(server.git(name, 'rev-list', '--count', 'main').trim()).toBe('3');
    expect(server.git(name, 'rev-list', '--min-parents=2', 'main').trim()).toBe('');
  } finally {
    await ben.close();
  }
});

test('wrong token, unreachable server, missing branch and a server error each say so and change nothing', async ({
  context,
  extensionUrl,
}) => {
  const page = await openTeam(context, extensionUrl);
  const before = head();
  const cases = [
    [{ token: 'wrong' }, 'refused the user name or token (401)'],
    [{ url: 'http://127.0.0.1:9/missing.git' }, 'could not be reached'],
    [{ branch: 'nope' }, 'has no branch nope'],
    [{ url: `${server.origin}/nothing-here.git` }, 'No repository was found'],
  ] as const;
  for (const [override, message] of cases) {
    await connect(page, server, { url: server.url(name), name: 'Aiko', ...override });
    await expect(status(page)).toContainText(message);
    await expect(status(page)).toContainText('Nothing was changed.');
    expect(await storedTeam(page)).toEqual({});
    await expect(page.getByRole('button', { name: 'Share my clips' })).toHaveCount(0);
  }
  expect(head()).toBe(before);

  // Connected, then the server fails: the share says so; the draft and the remote stay.
  await page.getByRole('button', { name: /^Draft/ }).click();
  await addClip(page, NOTABLE, { ...common, heading: 'Mine', comment: 'Mine.' });
  await page.getByRole('button', { name: 'Team', exact: true }).click();
  await connect(page, server, { url: server.url(name), name: 'Aiko' });
  await expect(status(page)).toContainText('Connected');
  const stored = await storedTeam(page);
  expect(stored.teamToken).toBe(server.token);
  await expect(
    page.getByText(`A token is stored: ••••••••${server.token.slice(-4)}`),
  ).toBeVisible();
  const clips = await readClips(page);
  server.mode = 'error';
  await page.getByRole('button', { name: 'Share my clips' }).click();
  await expect(status(page)).toContainText('server failed (500)');
  await page.getByRole('button', { name: 'Get team clips' }).click();
  await expect(status(page)).toContainText('server failed (500)');
  expect(await readClips(page)).toEqual(clips);
  expect(head()).toBe(before);
  // Retry once the server is back.
  server.mode = 'ok';
  await page.getByRole('button', { name: 'Share my clips' }).click();
  await expect(status(page)).toContainText('Shared 1 clips');

  await page.getByRole('button', { name: 'Remove token' }).click();
  await expect(status(page)).toContainText('The token was removed');
  expect((await storedTeam(page)).teamToken).toBeUndefined();
});
