import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { failureText } from '../../../src/options/team/messages';
import { DEFAULT_TEAM_CONFIG } from '../../../src/team/config';
import {
  checkRemote,
  fetchTeamPacks,
  pushIssueFile,
  type Remote,
  sharePack,
} from '../../../src/team/sync';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../../../src/team/transport';
import {
  commitSymlink,
  cutBranchListing,
  dropPushAnswer,
  refuseEveryPush,
  serveEndlessPack,
} from '../../git-server/faults';
import { type GitServer, startGitServer } from '../../git-server/server';

/**
 * Servers that misbehave, against the real `git http-backend` on 127.0.0.1, and what the
 * Team view then says.
 */
let server: GitServer;
let repo = 0;
let name = '';
const MIB = 1024 * 1024;
// Each test clones and pushes over real HTTP several times; on a busy machine that takes
// seconds, and what they wait for is the outcome, not a time.
vi.setConfig({ testTimeout: 120_000 });

beforeAll(async () => {
  server = await startGitServer();
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  name = `fault-${++repo}`;
  server.createRepo(name);
  server.mode = 'ok';
  server.once = {};
  server.intercept = undefined;
});

const remote = (extra: Partial<Remote> = {}): Remote => ({
  config: { ...DEFAULT_TEAM_CONFIG, url: server.url(name), username: server.user },
  token: server.token,
  ...extra,
});
const head = () => server.git(name, 'rev-parse', 'main').trim();
const show = (path: string) => server.git(name, 'show', `main:${path}`);

describe('what a server sends is capped', () => {
  it('an endless pack stops at the limit with tooLarge, and no more is read', async () => {
    const sent = serveEndlessPack(server);
    const failure = await fetchTeamPacks(
      remote({ maxResponseBytes: 4 * MIB }),
      '2024-03-08',
      'Aiko',
    ).catch((e) => e);
    expect(failure).toMatchObject({ code: 'tooLarge', detail: '4' });
    expect(failureText(failure, 'main')).toMatch(/^The repository sent more than 4 MB, .*stopped/);
    // What was written is the limit plus what the sockets buffered on the way, not more.
    expect(sent()).toBeLessThan(4 * MIB + 16 * MIB);
  });

  it('by default the limit is 64 MiB, for a clone as for every other answer', async () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(64 * MIB);
    const sent = serveEndlessPack(server);
    await expect(sharePack(remote(), '2024-03-08', 'Aiko', 'x\n')).rejects.toMatchObject({
      code: 'tooLarge',
      detail: '64',
    });
    expect(sent()).toBeGreaterThan(64 * MIB);
    expect(sent()).toBeLessThan(64 * MIB + 16 * MIB);
  });
});

describe('each failure says what happened', () => {
  it('a branch listing cut short is cut, not a missing branch', async () => {
    cutBranchListing(server);
    const failure = await checkRemote(remote()).catch((e) => e);
    expect(failure).toMatchObject({ code: 'cut' });
    expect(failureText(failure, 'main')).toContain('cut off before its end');
    expect(failureText(failure, 'main')).not.toContain('no branch');
    await expect(fetchTeamPacks(remote(), '2024-03-08', 'Aiko')).rejects.toMatchObject({
      code: 'cut',
    });
    server.intercept = undefined;
    await expect(checkRemote(remote())).resolves.toBe(head());
  });

  it('a push whose answer was lost after the server applied it counts as pushed', async () => {
    dropPushAnswer(server);
    const shared = await sharePack(remote(), '2024-03-08', 'Aiko', 'aiko\n');
    expect(shared.pushed).toBe(true);
    expect(head()).toBe(shared.oid);
    expect(show('packs/2024-03-08/aiko.json')).toBe('aiko\n');
  });

  it('when the branch cannot be read after that, the push may have gone through', async () => {
    const before = head();
    dropPushAnswer(server, () => {
      server.mode = 'error';
    });
    const failure = await sharePack(remote(), '2024-03-08', 'Aiko', 'aiko\n').catch((e) => e);
    expect(failure).toMatchObject({ code: 'uncertain' });
    const text = failureText(failure, 'main');
    expect(text).toContain('the push may have gone through. Use Get team clips');
    expect(text).not.toContain('Nothing was changed');
    server.mode = 'ok';
    // It did go through: a "Nothing was changed" here would have been false.
    expect(head()).not.toBe(before);
    expect(show('packs/2024-03-08/aiko.json')).toBe('aiko\n');
  });

  it('a hook that refuses every push is the server’s refusal, with its reason, tried once', async () => {
    const before = head();
    refuseEveryPush(server, name, 'Pushes to main need a review.');
    const pushes = () => server.log.filter((line) => line.endsWith('/git-receive-pack')).length;
    const sent = pushes();
    const failure = await sharePack(remote(), '2024-03-08', 'Aiko', 'x\n').catch((e) => e);
    expect(failure).toMatchObject({ code: 'refused' });
    expect(failure.detail).toContain('Pushes to main need a review.');
    expect(failure.detail).toContain('pre-receive hook declined');
    const text = failureText(failure, 'main');
    expect(text).toMatch(/^The repository’s server refused the push: “Pushes to main need a/);
    expect(text).not.toMatch(/Teammates/i);
    expect(pushes() - sent).toBe(1);
    expect(head()).toBe(before);
  });
});

describe('a symbolic link in the repository', () => {
  it('does not stop Get, Share or Publish, and stays a link', async () => {
    commitSymlink(server, name, 'docs/latest.md', '../README.md');
    commitSymlink(server, name, 'packs/2024-03-08/ben-link.json', 'ben.json');
    server.commitDirectly(name, 'main', { 'packs/2024-03-08/ben.json': '{"b":2}\n' }, 'Ben');
    const got = await fetchTeamPacks(remote(), '2024-03-08', 'Aiko');
    // A link is never read through: only Ben's own file counts as a pack.
    expect(got.packs).toEqual([{ name: 'packs/2024-03-08/ben.json', text: '{"b":2}\n' }]);
    const shared = await sharePack(remote(), '2024-03-08', 'Aiko', 'aiko\n');
    expect(head()).toBe(shared.oid);
    const published = await pushIssueFile(
      remote(),
      { date: '2024-03-08', number: 1, title: 'Weekly 1' },
      'Aiko',
      '# Weekly 1\n',
      'issues/2024-03-08.md',
    );
    expect(head()).toBe(published.oid);
    const tree = server.git(name, 'ls-tree', '-r', 'main');
    expect(tree).toMatch(/^120000 blob \w+\tdocs\/latest\.md$/m);
    expect(show('docs/latest.md')).toBe('../README.md');
    expect(show('issues/2024-03-08.md')).toBe('# Weekly 1\n');
  });
});
