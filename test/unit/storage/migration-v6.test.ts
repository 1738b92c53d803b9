import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { findClipsByUrl } from '../../../src/storage/clips/clips';
import { getPendingComment } from '../../../src/storage/clips/pending-comments';
import { openDatabase } from '../../../src/storage/db';
import { DB_VERSION } from '../../../src/storage/schema/stores';
import { freshDb } from './fresh-db';
import { createV4Database, V4, V4_SAMPLE } from './migrations/v4';
import { createV5Database } from './migrations/v5';

async function rawStores(dbName: string) {
  const raw = await openDB(dbName);
  try {
    return {
      version: raw.version,
      clips: await raw.getAll('clips'),
      archive: await raw.getAll('archive'),
      drafts: await raw.getAll('drafts'),
    };
  } finally {
    raw.close();
  }
}

// A version-4 database built with its frozen upgrade code, keyed as version 4 keyed links,
// then opened with today's opener: version 6 recomputes every stored duplicate key.
describe('upgrading a real version-4 database to the folded link key', () => {
  it('recomputes the keys of draft clips, archive records and comments being typed', async () => {
    const db = freshDb();
    await createV4Database(db.dbName, V4_SAMPLE);
    const opened = await openDatabase(db.dbName);
    expect(opened.version).toBe(DB_VERSION);
    opened.close();
    const after = await rawStores(db.dbName);
    const keys = Object.fromEntries(after.clips.map((c) => [c.id, c.normalizedUrl]));
    expect(keys).toEqual({
      'draft-http': 'https://blog.example.net/posts/async',
      'draft-same': 'https://example.org/kept',
    });
    expect(after.archive).toHaveLength(1);
    expect(after.archive[0]?.urls).toEqual([
      'https://example.com/rust-1-78',
      'https://example.org/already',
    ]);
    expect(after.archive[0]?.clips.map((c: { normalizedUrl: string }) => c.normalizedUrl)).toEqual(
      after.archive[0]?.urls,
    );
    // The comment typed last on the page wins; the other page's comment is rekeyed.
    expect(after.drafts.map((d) => [d.url, d.comment])).toEqual([
      ['https://example.com/alone', 'alone'],
      ['https://example.com/typing', 'newer, on https'],
    ]);
  });

  it('loses or changes nothing but the keys', async () => {
    const db = freshDb();
    await createV4Database(db.dbName, V4_SAMPLE);
    const before = await rawStores(db.dbName);
    (await openDatabase(db.dbName)).close();
    const after = await rawStores(db.dbName);
    const withoutKey = ({ normalizedUrl: _key, ...rest }: Record<string, unknown>) => rest;
    expect(after.clips.map(withoutKey)).toEqual(before.clips.map(withoutKey));
    expect(after.archive[0]?.clips.map(withoutKey)).toEqual(
      before.archive[0]?.clips.map(withoutKey),
    );
  });

  it('finds a published www. link and a draft http link from the other form', async () => {
    const db = freshDb();
    await createV4Database(db.dbName, V4_SAMPLE);
    const archived = await findClipsByUrl('http://example.com/rust-1-78', db);
    expect(archived.map((c) => c.id)).toEqual(['pub-www']);
    const draft = await findClipsByUrl('https://www.blog.example.net/posts/async/', db);
    expect(draft.map((c) => c.id)).toEqual(['draft-http']);
    expect((await getPendingComment('http://www.example.com/alone', db))?.comment).toBe('alone');
  });

  it('leaves version 4 as it was when the rewrite fails', async () => {
    const db = freshDb();
    await createV4Database(db.dbName, V4_SAMPLE);
    const before = await rawStores(db.dbName);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(openDatabase(db.dbName)).rejects.toThrow();
    vi.restoreAllMocks();
    const after = await rawStores(db.dbName);
    expect(after.version).toBe(V4);
    expect(after).toEqual(before);
  });

  it('recomputes the keys of a version-5 inbox too', async () => {
    const db = freshDb();
    const candidate = (id: string, url: string, normalizedUrl: string) => ({
      id,
      url,
      normalizedUrl,
      digestId: 'neco',
      source: 'paste',
      addedAt: '2024-03-01T10:00:00.000Z',
      order: 0,
    });
    await createV5Database(db.dbName, {
      ...V4_SAMPLE,
      inbox: [
        candidate('i1', 'http://www.example.com/inbox/', 'http://www.example.com/inbox'),
        candidate('i2', 'https://example.org/kept', 'https://example.org/kept'),
      ],
    });
    (await openDatabase(db.dbName)).close();
    const raw = await openDB(db.dbName);
    try {
      const keys = (await raw.getAll('inbox')).map((c) => [c.id, c.normalizedUrl]);
      expect(keys).toEqual([
        ['i1', 'https://example.com/inbox'],
        ['i2', 'https://example.org/kept'],
      ]);
      expect(
        await raw.countFromIndex('inbox', 'by-url', ['neco', 'https://example.com/inbox']),
      ).toBe(1);
    } finally {
      raw.close();
    }
  });
});
