import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextEdition } from '../../../src/core/issue/next-edition';
import { findStyle, renderIssue } from '../../../src/core/markdown';
import { loadCurrentDocument } from '../../../src/storage/issues/documents';
import { DEFAULT_TEAM_CONFIG } from '../../../src/team/config';
import { EditionFileError } from '../../../src/team/edition';
import type { Remote } from '../../../src/team/git';
import { openEdition, startEdition } from '../../../src/team/open-edition';
import { type GitServer, startGitServer } from '../../git-server/server';
import { requireShared, sharedFixture } from '../helpers/shared-fixtures';
import { freshDb } from '../storage/fresh-db';

/**
 * The edition opened from a repository laid out as This Week in Rust's (built here from
 * the real issue in ../shared/fixtures) into the current issue, and the next one started
 * when none is open, against Debian's `git http-backend` on 127.0.0.1.
 */

const TWIR = 'this-week-in-rust-453-2022-07-27.md';
const present = requireShared(TWIR);
const layout = { edition: 'draft/{date}-this-week-in-rust.md', archive: ['content/'] };
const style = findStyle('this-week-in-rust');
if (!style) throw new Error('the This Week in Rust style is built in');
const steps = { dateStep: 7, numberStep: 1 };

vi.setConfig({ testTimeout: 120_000 });

let server: GitServer;
beforeAll(async () => {
  server = await startGitServer();
});
afterAll(async () => {
  await server?.close();
});

const remote = (name: string): Remote => ({
  config: {
    ...DEFAULT_TEAM_CONFIG,
    url: server.url(name),
    username: server.user,
    branch: 'master',
  },
  token: server.token,
});

async function rendered(db: { dbName: string }) {
  const doc = await loadCurrentDocument(db);
  return { doc, markdown: renderIssue(doc, doc.issue.style) };
}

describe.skipIf(!present)('the edition from the repository', () => {
  const issue453 = present ? readFileSync(sharedFixture(TWIR), 'utf8') : '';

  it('opens the draft as the current issue, byte for byte, its items as clips', async () => {
    // The draft as contributors leave it: the next edition with two links added.
    const started = nextEdition(issue453, { style });
    if (!started.ok) throw new Error(started.error);
    const draft = started.value.markdown.replace(
      '### Official\n',
      '### Official\n\n* [One](https://example.org/one)\n* [Two](https://example.org/two)\n',
    );
    expect(draft).not.toBe(started.value.markdown);
    server.createRepo('open', 'master');
    server.commitDirectly(
      'open',
      'master',
      {
        'content/2022-07-27-this-week-in-rust.md': issue453,
        'draft/2022-08-03-this-week-in-rust.md': draft,
      },
      'Draft',
    );
    const db = freshDb();
    const draftId = (await loadCurrentDocument(db)).issue.id;
    const opened = await openEdition(remote('open'), layout, '2022-08-01', {
      draftId,
      style,
      expectTrashed: 0,
      storage: db,
    });
    expect(opened).toMatchObject({
      kind: 'opened',
      path: 'draft/2022-08-03-this-week-in-rust.md',
      items: 2,
    });
    const { doc, markdown } = await rendered(db);
    expect(markdown).toBe(draft);
    expect(doc.clips.map((c) => c.url)).toEqual([
      'https://example.org/one',
      'https://example.org/two',
    ]);
    expect(doc.issue.number).toBe(454);
  });

  it('with no draft, starts the next edition from the newest issue: recurring text kept, items emptied', async () => {
    server.createRepo('start', 'master');
    server.commitDirectly(
      'start',
      'master',
      { 'content/2022-07-27-this-week-in-rust.md': issue453 },
      'One',
    );
    const db = freshDb();
    const draftId = (await loadCurrentDocument(db)).issue.id;
    const target = { draftId, style, expectTrashed: 0, storage: db };
    const opened = await openEdition(remote('start'), layout, '2022-08-01', target);
    if (opened.kind !== 'none' || !opened.previous) throw new Error('nothing is open');
    expect(opened.previous.path).toBe('content/2022-07-27-this-week-in-rust.md');
    const started = await startEdition(opened.previous, layout.edition, steps, target);
    expect(started.path).toBe('draft/2022-08-03-this-week-in-rust.md');
    const { doc, markdown } = await rendered(db);
    expect(markdown).toBe(started.text);
    expect(doc.clips).toEqual([]);
    expect(doc.issue.number).toBe(454);
    for (const kept of ['Dear community contributors', '# Crate of the Week', '### Foundation']) {
      expect(issue453).toContain(kept);
      expect(markdown).toContain(kept);
    }
  });

  it('an edition file that is not UTF-8 is refused with its path, and the draft stays as it was', async () => {
    server.createRepo('bad', 'master');
    server.commitDirectly(
      'bad',
      'master',
      {
        'draft/2022-08-03-this-week-in-rust.md': Buffer.from([
          0x23, 0x20, 0xe9, 0x0a,
        ]) as unknown as string,
      },
      'Latin-1',
    );
    const db = freshDb();
    const before = await rendered(db);
    const failure = await openEdition(remote('bad'), layout, '2022-08-01', {
      draftId: before.doc.issue.id,
      style,
      expectTrashed: 0,
      storage: db,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EditionFileError);
    expect(failure).toMatchObject({
      path: 'draft/2022-08-03-this-week-in-rust.md',
      reason: 'notUtf8',
    });
    expect((await rendered(db)).markdown).toBe(before.markdown);
  });
});
