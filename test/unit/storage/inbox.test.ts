import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { listClipsByIssue } from '../../../src/storage/clips/clips';
import { closeDatabase, openDatabase } from '../../../src/storage/db';
import { fileCandidate } from '../../../src/storage/inbox/file';
import { addCandidates, discardCandidate, listInbox } from '../../../src/storage/inbox/inbox';
import { DB_VERSION } from '../../../src/storage/schema/stores';
import { freshDb } from './fresh-db';
import { createV4Database, V4_SAMPLE } from './migrations/v4';

const chat = (url: string, extra: Record<string, string> = {}) => ({
  url,
  source: 'slack' as const,
  ...extra,
});

// The frozen version-4 database: a published issue p1 holding https://example.org/already
// and a draft d1 holding https://example.org/kept, both of the first digest.
async function v4() {
  const db = freshDb();
  await createV4Database(db.dbName, V4_SAMPLE);
  await expectToolsSection(db.dbName);
  return db;
}

// Candidates are filed into a seeded section of version 4's sample.
async function expectToolsSection(name: string) {
  const raw = await openDB(name);
  const categories = await raw.getAll('categories');
  raw.close();
  expect(categories.map((c) => c.id)).toContain('tools');
}

describe('upgrading a real version-4 database to the inbox (version 5)', () => {
  it('adds the inbox and feeds stores, empty, and leaves every record as it was', async () => {
    const db = await v4();
    const opened = await openDatabase(db.dbName);
    expect(opened.version).toBe(DB_VERSION);
    expect([...opened.objectStoreNames]).toEqual(expect.arrayContaining(['inbox', 'feeds']));
    expect(await listInbox('default', db)).toEqual([]);
    expect((await listClipsByIssue('d1', db)).map((c) => c.id)).toEqual([
      'draft-http',
      'draft-same',
    ]);
  });
});

describe('the inbox', () => {
  it('says where a link already is and stores each new one once', async () => {
    const db = await v4();
    const outcome = await addCandidates(
      'default',
      [
        chat('https://example.org/already?utm_source=chat'),
        chat('https://example.org/kept#top'),
        chat('https://new.example/a', { title: 'A' }),
        chat('https://new.example/a/'),
        chat('https://new.example/b'),
      ],
      db,
    );
    expect(outcome.already).toEqual([
      {
        url: 'https://example.org/already?utm_source=chat',
        where: { place: 'published', issueId: 'p1', number: 1, date: '2024-02-23' },
      },
      { url: 'https://example.org/kept#top', where: { place: 'draft', issueId: 'd1', number: 2 } },
    ]);
    expect(outcome.added.map((c) => c.url)).toEqual([
      'https://new.example/a',
      'https://new.example/b',
    ]);
    const again = await addCandidates('default', [chat('https://new.example/b')], db);
    expect(again).toEqual({
      added: [],
      already: [{ url: 'https://new.example/b', where: { place: 'inbox', discarded: false } }],
    });
    // Another digest has an inbox of its own.
    expect((await addCandidates('other', [chat('https://new.example/b')], db)).added).toHaveLength(
      1,
    );
  });

  it('stores a link once when two adds race, the check being inside each write', async () => {
    const db = freshDb();
    const [a, b] = await Promise.all([
      addCandidates('default', [chat('https://race.example/x')], db),
      addCandidates('default', [chat('https://race.example/x#again')], db),
    ]);
    expect(a.added.length + b.added.length).toBe(1);
    expect(await listInbox('default', db)).toHaveLength(1);
  });

  it('survives a restart, in the order its links came', async () => {
    const db = freshDb();
    const urls = Array.from({ length: 30 }, (_, i) => `https://order.example/${29 - i}`);
    await addCandidates(
      'default',
      urls.map((url) => chat(url)),
      db,
    );
    await closeDatabase(db.dbName);
    expect((await listInbox('default', db)).map((c) => c.url)).toEqual(urls);
  });

  it('discards a candidate and brings it back with undo', async () => {
    const db = freshDb();
    const { added } = await addCandidates('default', [chat('https://d.example/')], db);
    const id = added[0]?.id ?? '';
    expect((await discardCandidate(id, db)).discardedAt).toBeDefined();
    expect((await listInbox('default', db))[0]?.discardedAt).toBeDefined();
    // A discarded link is not offered again by a later paste or feed.
    const again = await addCandidates('default', [chat('https://d.example/')], db);
    expect(again.already[0]?.where).toEqual({ place: 'inbox', discarded: true });
    expect((await discardCandidate(id, { ...db, undo: true })).discardedAt).toBeUndefined();
    expect((await listInbox('default', db))[0]).not.toHaveProperty('discardedAt');
  });

  it('files a candidate into a section of the draft: the poster clips it, the message is an inert quote', async () => {
    const db = await v4();
    const { added } = await addCandidates(
      'default',
      [
        chat('https://new.example/filed', {
          title: 'A <b>post</b>',
          comment: '# not a heading\n<script>x</script>',
          poster: '田中',
        }),
      ],
      db,
    );
    const outcome = await fileCandidate(added[0]?.id ?? '', 'tools', db);
    expect(outcome.created).toBe(true);
    expect(outcome.clip).toMatchObject({
      url: 'https://new.example/filed',
      issueId: 'd1',
      categoryId: 'tools',
      pageTitle: 'A <b>post</b>',
      clippedBy: '田中',
      comment: '> &#35; not a heading\n> &lt;script>x&lt;/script>',
    });
    expect(await listInbox('default', db)).toEqual([]);
    await expect(fileCandidate(added[0]?.id ?? '', 'tools', db)).rejects.toThrow(
      /no longer in the inbox/,
    );
  });

  it('refuses to file a discarded candidate, and files nothing', async () => {
    const db = await v4();
    const { added } = await addCandidates('default', [chat('https://new.example/gone')], db);
    await discardCandidate(added[0]?.id ?? '', db);
    await expect(fileCandidate(added[0]?.id ?? '', 'tools', db)).rejects.toThrow(
      /no longer in the inbox/,
    );
    expect((await listClipsByIssue('d1', db)).map((c) => c.url)).not.toContain(
      'https://new.example/gone',
    );
  });
});
