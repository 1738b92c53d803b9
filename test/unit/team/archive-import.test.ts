import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextEdition } from '../../../src/core/issue/next-edition';
import { findStyle, importIssue } from '../../../src/core/markdown';
import { DEFAULT_DIGEST_ID } from '../../../src/core/model';
import { captureIntoDraft } from '../../../src/storage/clips/capture';
import { getIssue, listIssues } from '../../../src/storage/issues/issues';
import {
  type ArchiveProgress,
  EMPTY_ARCHIVE_STATE,
  importArchive,
} from '../../../src/team/archive-import';
import { DEFAULT_TEAM_CONFIG } from '../../../src/team/config';
import type { Remote } from '../../../src/team/git';
import { type GitServer, startGitServer } from '../../git-server/server';
import { requireShared, sharedFixture } from '../helpers/shared-fixtures';
import { freshDb } from '../storage/fresh-db';

/**
 * The archive read into the extension's database from a repository laid out as This Week
 * in Rust's (draft/ with the edition, content/ with past issues, built here from the real
 * issue in ../shared/fixtures), served by Debian's `git http-backend` on 127.0.0.1.
 */

const TWIR = 'this-week-in-rust-453-2022-07-27.md';
const present = requireShared(TWIR);
const layout = { edition: 'draft/{date}-this-week-in-rust.md', archive: ['content/'] };
const issuePath = (date: string) => `content/${date}-this-week-in-rust.md`;
const style = findStyle('this-week-in-rust');
if (!style) throw new Error('the This Week in Rust style is built in');
const digest = { id: DEFAULT_DIGEST_ID, style };

// Real git processes on a shared machine: a clone takes seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000 });

let server: GitServer;
beforeAll(async () => {
  server = await startGitServer();
});
afterAll(async () => {
  await server?.close();
});

const remote = (name: string, token?: string): Remote => ({
  config: {
    ...DEFAULT_TEAM_CONFIG,
    url: server.url(name),
    username: server.user,
    branch: 'master',
  },
  token: token ?? server.token,
});

/** The fixture issue as another week's: its number and date changed, and one link its own. */
function weekOf(text: string, number: number, date: string): string {
  return text
    .replaceAll('453', String(number))
    .replaceAll('2022-07-27', date)
    .replace(
      'https://blog.rust-lang.org/inside-rust/2022/07/27/keyword-generics.html',
      `https://example.org/only-in-${number}`,
    );
}

describe.skipIf(!present)('the archive read into the extension', () => {
  it('imports the published issues, says which issue a clipped page was in, and reads only new files again', async () => {
    const issue453 = readFileSync(sharedFixture(TWIR), 'utf8');
    const started = nextEdition(issue453, { style: 'this-week-in-rust' });
    if (!started.ok) throw new Error(started.error);
    const issue452 = weekOf(issue453, 452, '2022-07-20');
    server.createRepo('twir', 'master');
    server.commitDirectly(
      'twir',
      'master',
      {
        [issuePath('2022-07-27')]: issue453,
        [issuePath('2022-07-20')]: issue452,
        'draft/2022-08-03-this-week-in-rust.md': started.value.markdown,
        [issuePath('2022-06-01')]: Buffer.from([0x61, 0xe9, 0x0a]) as unknown as string,
        [issuePath('2022-06-08')]: 'x'.repeat(3 * 1024 * 1024),
      },
      'Issues',
    );
    const db = freshDb();
    const progress: ArchiveProgress[] = [];
    const first = await importArchive(remote('twir'), layout, digest, EMPTY_ARCHIVE_STATE, {
      storage: db,
      onProgress: (p) => progress.push(p),
    });
    expect(first.written).toBe(2);
    expect(first.skipped.map((s) => [s.path, s.reason])).toEqual([
      [issuePath('2022-06-01'), 'notUtf8'],
      [issuePath('2022-06-08'), 'tooLarge'],
    ]);
    expect(progress.at(-1)).toEqual({ phase: 'writing', done: 2, total: 2 });
    expect(progress.filter((p) => p.phase === 'reading').at(-1)).toEqual({
      phase: 'reading',
      done: 3,
      total: 3,
    });

    const published = (await listIssues('published', db)).sort((a, b) =>
      a.date.localeCompare(b.date),
    );
    expect(published.map((i) => [i.number, i.date, i.publishedMarkdown === undefined])).toEqual([
      [452, '2022-07-20', false],
      [453, '2022-07-27', false],
    ]);
    // Frozen byte for byte as the repository holds it.
    expect(published[0]?.publishedMarkdown).toBe(issue452);
    expect(published[1]?.publishedMarkdown).toBe(issue453);
    expect(published[1]?.title).toContain('This Week in Rust');

    // A page that was in issue 452 only is found there when clipped again.
    const onlyIn452 = importIssue(issue452, { style }).clips.find((c) =>
      c.url.includes('only-in-452'),
    );
    if (!onlyIn452) throw new Error('the week has its own link');
    const captured = await captureIntoDraft(
      {
        url: onlyIn452.url,
        pageTitle: 'Again',
        description: '',
        heading: '',
        comment: '',
        categoryId: 'new-features',
      },
      db,
    );
    expect(captured.published).toBe(true);
    expect((await getIssue(captured.clip.issueId, db))?.number).toBe(452);

    // One more published issue: the second sync reads that one file and writes one issue.
    server.commitDirectly(
      'twir',
      'master',
      { [issuePath('2022-08-03')]: weekOf(issue453, 454, '2022-08-03') },
      'Issue 454',
    );
    const again: ArchiveProgress[] = [];
    const second = await importArchive(remote('twir'), layout, digest, first.state, {
      storage: db,
      onProgress: (p) => again.push(p),
    });
    expect([second.written, second.unchanged]).toEqual([1, 2]);
    // Only the new file is read; the one set aside is listed again from the stored state.
    expect(again.filter((p) => p.phase === 'reading').map((p) => p.total)).toEqual([1]);
    expect(second.skipped.map((s) => [s.path, s.reason])).toEqual(
      first.skipped.map((s) => [s.path, s.reason]),
    );
    expect((await listIssues('published', db)).map((i) => i.number).sort()).toEqual([
      452, 453, 454,
    ]);

    // A map that names issues no longer stored (the data was removed since) reads them again.
    const elsewhere = freshDb();
    const third = await importArchive(remote('twir'), layout, digest, second.state, {
      storage: elsewhere,
    });
    expect(third.written).toBe(3);
    expect(await listIssues('published', elsewhere)).toHaveLength(3);
  });

  it('a wrong token and a missing branch each fail with their own code and store nothing', async () => {
    server.createRepo('twir-errors', 'master');
    server.commitDirectly('twir-errors', 'master', { [issuePath('2022-07-27')]: 'x\n' }, 'One');
    const db = freshDb();
    await expect(
      importArchive(remote('twir-errors', 'wrong'), layout, digest, EMPTY_ARCHIVE_STATE, {
        storage: db,
      }),
    ).rejects.toMatchObject({ code: 'auth' });
    const missing = {
      ...remote('twir-errors'),
      config: { ...remote('twir-errors').config, branch: 'nope' },
    };
    await expect(
      importArchive(missing, layout, digest, EMPTY_ARCHIVE_STATE, { storage: db }),
    ).rejects.toMatchObject({
      code: 'branch',
    });
    expect(await listIssues('published', db)).toEqual([]);
  });
});
