import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEAM_CONFIG, type TeamConfig } from '../../../src/team/config';
import {
  checkRemote,
  fetchTeamPacks,
  pushIssueFile,
  type Remote,
  sharePack,
} from '../../../src/team/sync';
import { type GitServer, startGitServer } from '../../git-server/server';

/** The sync against Debian's `git http-backend` on 127.0.0.1, inspected with the git CLI. */
let server: GitServer;
let repo = 0;
let name = '';

beforeAll(async () => {
  server = await startGitServer();
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  name = `team-${++repo}`;
  server.createRepo(name);
  server.mode = 'ok';
  server.once = {};
});

const config = (extra: Partial<TeamConfig> = {}): TeamConfig => ({
  ...DEFAULT_TEAM_CONFIG,
  url: server.url(name),
  username: server.user,
  ...extra,
});
const remote = (extra: Partial<Remote> = {}): Remote => ({
  config: config(),
  token: server.token,
  ...extra,
});
const log = () => server.git(name, 'log', '--format=%an|%s', 'main').trim().split('\n');
const show = (path: string) => server.git(name, 'show', `main:${path}`);
const head = () => server.git(name, 'rev-parse', 'main').trim();

describe('team sync through git', () => {
  it('shares a pack as packs/<date>/<editor>.json and reads teammates’ packs', async () => {
    const shared = await sharePack(remote(), '2024-03-08', 'Aiko Tanaka', '{"a":1}\n');
    expect(shared.path).toBe('packs/2024-03-08/aiko-tanaka.json');
    expect(shared.pushed).toBe(true);
    expect(head()).toBe(shared.oid);
    expect(show(shared.path)).toBe('{"a":1}\n');
    await sharePack(remote(), '2024-03-08', 'Ben', '{"b":2}\n');
    expect(log()).toEqual([
      'Ben|Clips of Ben for the issue of 2024-03-08',
      'Aiko Tanaka|Clips of Aiko Tanaka for the issue of 2024-03-08',
      'Test Server|Start',
    ]);
    const packs = await fetchTeamPacks(remote(), '2024-03-08', 'Aiko Tanaka');
    expect(packs.packs).toEqual([{ name: 'packs/2024-03-08/ben.json', text: '{"b":2}\n' }]);
  });

  it('sharing the same bytes again makes no commit', async () => {
    await sharePack(remote(), '2024-03-08', 'Aiko', 'same\n');
    const before = head();
    const again = await sharePack(remote(), '2024-03-08', 'Aiko', 'same\n');
    expect(again.pushed).toBe(false);
    expect(head()).toBe(before);
  });

  it.each([
    ['advertise-receive', 'the teammate pushed between our clone and our push'],
    ['receive-pack', 'the teammate pushed while our pack was on its way'],
  ] as const)(
    'a push refused because %s fetches, re-applies only our file and pushes again (%s)',
    async (kind, _why) => {
      server.once[kind] = () =>
        server.commitDirectly(name, 'main', { 'packs/2024-03-08/ben.json': 'ben\n' }, 'Ben first');
      const shared = await sharePack(remote(), '2024-03-08', 'Aiko', 'aiko\n');
      expect(shared.retried).toBe(1);
      expect(log()).toEqual([
        'Aiko|Clips of Aiko for the issue of 2024-03-08',
        'Test Server|Ben first',
        'Test Server|Start',
      ]);
      expect(show('packs/2024-03-08/ben.json')).toBe('ben\n');
      expect(show('packs/2024-03-08/aiko.json')).toBe('aiko\n');
      // Linear: every commit has one parent.
      expect(server.git(name, 'rev-list', '--min-parents=2', 'main').trim()).toBe('');
    },
  );

  it('publishes the issue at its path with a message naming it', async () => {
    const published = await pushIssueFile(
      remote({ config: config({ publishPath: 'issues/{date}-{number}.md' }) }),
      { date: '2024-03-08', number: 12, title: 'Weekly 12' },
      'Aiko',
      '# Weekly 12\n',
      '2024/03/2024-03-08.md',
    );
    expect(published.path).toBe('issues/2024-03-08-12.md');
    expect(show(published.path)).toBe('# Weekly 12\n');
    expect(log()[0]).toBe('Aiko|Publish Weekly 12 (2024-03-08)');
  });

  it('publishes at the path the house style names when no path is set', async () => {
    const published = await pushIssueFile(
      remote({ config: config({ publishPath: '' }) }),
      { date: '2024-03-08', number: 12, title: 'Weekly 12' },
      'Aiko',
      '# Weekly 12\n',
      'content/2024-03-08-this-week-in-rust.md',
    );
    expect(published.path).toBe('content/2024-03-08-this-week-in-rust.md');
    expect(show(published.path)).toBe('# Weekly 12\n');
  });

  it.each([
    ['a wrong token', () => remote({ token: 'wrong' }), 'auth'],
    [
      'a missing repository',
      () => remote({ config: config({ url: server.url('nope') }) }),
      'notFound',
    ],
    [
      'a branch that does not exist',
      () => remote({ config: config({ branch: 'nope' }) }),
      'branch',
    ],
    [
      'an unreachable server',
      () => remote({ config: config({ url: 'http://127.0.0.1:9/x.git' }) }),
      'offline',
    ],
  ] as const)(
    '%s fails with a clear code and changes nothing remotely',
    async (_what, make, code) => {
      const before = head();
      await expect(checkRemote(make())).rejects.toMatchObject({ code });
      await expect(sharePack(make(), '2024-03-08', 'Aiko', 'x\n')).rejects.toMatchObject({ code });
      expect(head()).toBe(before);
    },
  );

  it('a server error and a server that stops answering fail as server and timeout', async () => {
    const before = head();
    server.mode = 'error';
    await expect(sharePack(remote(), '2024-03-08', 'Aiko', 'x\n')).rejects.toMatchObject({
      code: 'server',
    });
    server.mode = 'hang';
    await expect(
      sharePack(remote({ timeoutMs: 300 }), '2024-03-08', 'Aiko', 'x\n'),
    ).rejects.toMatchObject({ code: 'timeout' });
    server.mode = 'ok';
    expect(head()).toBe(before);
  });

  it('a push the server fails halfway leaves the branch as it was, and a retry then works', async () => {
    const before = head();
    server.once['receive-pack'] = () => 'cut';
    await expect(sharePack(remote(), '2024-03-08', 'Aiko', 'x\n')).rejects.toMatchObject({
      code: 'offline',
    });
    expect(head()).toBe(before);
    expect(server.git(name, 'fsck', '--no-progress').trim()).toBe('');
    const shared = await sharePack(remote(), '2024-03-08', 'Aiko', 'x\n');
    expect(head()).toBe(shared.oid);
  });
});
