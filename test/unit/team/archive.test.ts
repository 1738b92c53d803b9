import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextEdition } from '../../../src/core/issue/next-edition';
import { readArchive, storedAfter } from '../../../src/team/archive';
import { DEFAULT_TEAM_CONFIG } from '../../../src/team/config';
import type { Remote } from '../../../src/team/git';
import { type GitServer, startGitServer } from '../../git-server/server';
import { requireShared, sharedFixture } from '../helpers/shared-fixtures';

/**
 * The archive read from a repository laid out as This Week in Rust's (draft/ with the
 * edition, content/ with past issues), served by Debian's `git http-backend` on 127.0.0.1.
 */

const TWIR = 'this-week-in-rust-453-2022-07-27.md';
const present = requireShared(TWIR);
const layout = { edition: 'draft/{date}-this-week-in-rust.md', archive: ['content/'] };
const issuePath = (date: string) => `content/${date}-this-week-in-rust.md`;

// Real git processes on a shared machine: a clone takes seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000 });

let server: GitServer;
beforeAll(async () => {
  server = await startGitServer();
});
afterAll(async () => {
  await server?.close();
});

const remote = (name: string, extra: Partial<Remote['config']> = {}, token?: string): Remote => ({
  config: { ...DEFAULT_TEAM_CONFIG, url: server.url(name), username: server.user, ...extra },
  token: token ?? server.token,
});

describe.skipIf(!present)('reading the archive from the repository', () => {
  it('reads the published issues once, then only what is new or changed', async () => {
    const issue453 = readFileSync(sharedFixture(TWIR), 'utf8');
    const started = nextEdition(issue453, { style: 'this-week-in-rust' });
    if (!started.ok) throw new Error(started.error);
    server.createRepo('twir', 'master');
    const older = issue453.replaceAll('453', '452').replaceAll('2022-07-27', '2022-07-20');
    server.commitDirectly(
      'twir',
      'master',
      {
        [issuePath('2022-07-27')]: issue453,
        [issuePath('2022-07-20')]: older,
        'draft/2022-08-03-this-week-in-rust.md': started.value.markdown,
        'content/2016-02-01-this-week-this-rust.md': older,
        [issuePath('2022-06-01')]: Buffer.from([0x61, 0xe9, 0x0a]) as unknown as string,
        [issuePath('2022-06-08')]: 'x'.repeat(3 * 1024 * 1024),
        'tools/inspect_links.py': 'print(1)\n',
      },
      'Issues',
    );
    const progress: string[] = [];
    const twir = remote('twir', { branch: 'master' });
    const first = await readArchive(
      twir,
      layout,
      {},
      {
        onProgress: (done, total) => progress.push(`${done}/${total}`),
      },
    );
    expect(first.files.map((f) => [f.path, f.date])).toEqual([
      [issuePath('2022-07-27'), '2022-07-27'],
      [issuePath('2022-07-20'), '2022-07-20'],
    ]);
    // Byte for byte what the repository holds.
    expect(first.files[0]?.text).toBe(issue453);
    expect(first.files[1]?.text).toBe(older);
    // The file that is not UTF-8 is read too, and only then set aside.
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
    expect(first.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['content/2016-02-01-this-week-this-rust.md', 'notNamed'],
      [issuePath('2022-06-01'), 'notUtf8'],
      [issuePath('2022-06-08'), 'tooLarge'],
    ]);
    expect(first.head).toBe(server.git('twir', 'rev-parse', 'master').trim());

    // One more published issue: the second read reads that one file.
    const stored = storedAfter(first);
    expect(Object.keys(stored).sort()).toEqual([issuePath('2022-07-20'), issuePath('2022-07-27')]);
    const newer = issue453.replaceAll('453', '454').replaceAll('2022-07-27', '2022-08-03');
    server.commitDirectly('twir', 'master', { [issuePath('2022-08-03')]: newer }, 'Issue 454');
    const second = await readArchive(twir, layout, stored);
    expect(second.files.map((f) => f.path)).toEqual([issuePath('2022-08-03')]);
    expect(second.files[0]?.text).toBe(newer);
    expect(second.unchanged.map((f) => f.path)).toEqual([
      issuePath('2022-07-27'),
      issuePath('2022-07-20'),
    ]);
    expect(second.removed).toEqual([]);

    // A fixed issue is read again; one no longer in the tree is dropped; nothing else read.
    const fixed = older.replace('Hello and welcome', 'Hello again and welcome');
    server.commitDirectly('twir', 'master', { [issuePath('2022-07-20')]: fixed }, 'Fix 452');
    const third = await readArchive(twir, layout, {
      ...storedAfter(second),
      [issuePath('2022-07-13')]: 'a blob id read once',
    });
    expect(third.files.map((f) => [f.path, f.text])).toEqual([[issuePath('2022-07-20'), fixed]]);
    expect(third.unchanged).toHaveLength(2);
    expect(third.removed).toEqual([issuePath('2022-07-13')]);
  });

  it('a wrong token and a missing branch each fail with their own code', async () => {
    server.createRepo('twir-errors');
    await expect(readArchive(remote('twir-errors', {}, 'wrong'), layout, {})).rejects.toMatchObject(
      {
        code: 'auth',
      },
    );
    await expect(
      readArchive(remote('twir-errors', { branch: 'nope' }), layout, {}),
    ).rejects.toMatchObject({ code: 'branch' });
  });
});
