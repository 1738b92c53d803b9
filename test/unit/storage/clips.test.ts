import { afterEach, describe, expect, it, vi } from 'vitest';
import { counterIds } from '../../../src/core/model';
import {
  addClip,
  countClips,
  findClipsByUrl,
  getClip,
  listClipsByCategory,
  listClipsByIssue,
  listRecentClips,
  type NewClip,
  saveClip,
} from '../../../src/storage/clips/clips';
import { getPendingComment, savePendingComment } from '../../../src/storage/clips/pending-comments';
import { moveToTrash } from '../../../src/storage/clips/trash';
import { openDatabase } from '../../../src/storage/db';
import { StorageFullError } from '../../../src/storage/errors';
import { at, clip, draftIssue, freshDb } from './fresh-db';

afterEach(() => {
  vi.restoreAllMocks();
});

const newClip = (overrides: Partial<NewClip> = {}): NewClip => ({
  url: 'https://blog.example.dev/posts/slo?utm_source=newsletter',
  pageTitle: 'The Art of SLOs',
  description: 'Service level objectives in practice',
  heading: 'SLOs',
  comment: 'Worth reading.\n\n- one\n- two  \n',
  categoryId: 'notable-articles',
  issueId: 'issue-1',
  ...overrides,
});

describe('saving and reading clips', () => {
  it('reads back exactly what was saved, with its duplicate key and new updatedAt', async () => {
    const db = freshDb();
    const original = clip({ id: 'c1', url: 'https://Example.com/a/?fbclid=x#top', lead: '> q' });
    await saveClip(original, { ...db, now: at(2024, 3, 2) });
    const stored = await getClip('c1', db);
    expect(stored).toEqual({
      ...original,
      updatedAt: at(2024, 3, 2)().toISOString(),
      normalizedUrl: 'https://example.com/a',
    });
    expect(stored?.url).toBe('https://Example.com/a/?fbclid=x#top');
  });

  it('answers undefined for an unknown id', async () => {
    expect(await getClip('missing', freshDb())).toBeUndefined();
  });

  it('adds clips at the end of their section, with ids and times', async () => {
    const db = freshDb();
    await draftIssue('issue-1', db);
    const options = { ...db, now: at(2024, 3, 4, 9), newId: counterIds('clip') };
    const first = await addClip(newClip(), options);
    const second = await addClip(newClip({ url: 'https://example.com/b' }), options);
    const other = await addClip(newClip({ categoryId: 'tools' }), options);
    expect([first.id, second.id, other.id]).toEqual(['clip-1', 'clip-2', 'clip-3']);
    expect([first.order, second.order, other.order]).toEqual([0, 1, 0]);
    expect(first.createdAt).toBe(new Date(2024, 2, 4, 9).toISOString());
    expect(await getClip('clip-2', db)).toEqual(second);
  });

  it('does not give a new clip the position of a trashed one', async () => {
    const db = freshDb();
    await draftIssue('issue-1', db);
    const options = { ...db, newId: counterIds('clip') };
    await addClip(newClip(), options);
    await moveToTrash('clip-1', db);
    expect((await addClip(newClip(), options)).order).toBe(1);
  });

  it('discards the draft of the page it clips, in the same write', async () => {
    const db = freshDb();
    await draftIssue('issue-1', db);
    await savePendingComment({ url: 'https://blog.example.dev/posts/slo', comment: 'half…' }, db);
    await savePendingComment({ url: 'https://example.com/other', comment: 'keep' }, db);
    await addClip(newClip(), db);
    expect(await getPendingComment('https://blog.example.dev/posts/slo', db)).toBeUndefined();
    expect((await getPendingComment('https://example.com/other', db))?.comment).toBe('keep');
  });

  it('turns a full disk into StorageFullError and writes nothing', async () => {
    const db = freshDb();
    await openDatabase(db.dbName);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(saveClip(clip({ id: 'c1' }), db)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await getClip('c1', db)).toBeUndefined();
  });
});

describe('indexes', () => {
  async function seed() {
    const db = freshDb();
    const rows = [
      clip({
        id: 'a',
        issueId: 'i1',
        categoryId: 'tools',
        order: 1,
        createdAt: '2024-03-01T08:00:00.000Z',
      }),
      clip({
        id: 'b',
        issueId: 'i1',
        categoryId: 'tools',
        order: 0,
        createdAt: '2024-03-03T08:00:00.000Z',
      }),
      clip({
        id: 'c',
        issueId: 'i2',
        categoryId: 'tools',
        order: 0,
        createdAt: '2024-03-02T08:00:00.000Z',
      }),
      clip({
        id: 'd',
        issueId: 'i1',
        categoryId: 'new-features',
        createdAt: '2024-03-04T08:00:00.000Z',
      }),
      clip({
        id: 'e',
        issueId: 'i1',
        categoryId: 'tools',
        order: 2,
        createdAt: '2024-03-05T08:00:00.000Z',
      }),
    ];
    for (const row of rows) await saveClip(row, db);
    await moveToTrash('e', db);
    return db;
  }
  const ids = (clips: { id: string }[]) => clips.map((c) => c.id);

  it("by issue: the issue's clips by position, trash left out", async () => {
    const db = await seed();
    expect(ids(await listClipsByIssue('i1', db))).toEqual(['b', 'd', 'a']);
    expect(ids(await listClipsByIssue('i2', db))).toEqual(['c']);
    expect(await countClips('i1', db)).toBe(3);
    expect(await countClips('nope', db)).toBe(0);
  });

  it('by category: across issues, oldest first', async () => {
    const db = await seed();
    expect(ids(await listClipsByCategory('tools', db))).toEqual(['a', 'c', 'b']);
    expect(ids(await listClipsByCategory('new-features', db))).toEqual(['d']);
  });

  it('by created time: newest first, up to the limit', async () => {
    const db = await seed();
    expect(ids(await listRecentClips(3, db))).toEqual(['d', 'b', 'c']);
    expect(ids(await listRecentClips(10, db))).toEqual(['d', 'b', 'c', 'a']);
  });

  it('by normalized URL: the same article with tracking parameters is a duplicate', async () => {
    const db = freshDb();
    await saveClip(clip({ id: 'x', url: 'https://news.example.com/story/42' }), db);
    await saveClip(clip({ id: 'y', url: 'https://news.example.com/story/43' }), db);
    const shared = 'https://NEWS.example.com/story/42/?utm_source=twitter&utm_medium=social#top';
    expect(ids(await findClipsByUrl(shared, db))).toEqual(['x']);
    expect(await findClipsByUrl('https://news.example.com/story/44', db)).toEqual([]);
    await moveToTrash('x', db);
    expect(await findClipsByUrl(shared, db)).toEqual([]);
  });

  it('recomputes the duplicate key when the URL of a clip changes', async () => {
    const db = freshDb();
    await saveClip(clip({ id: 'x', url: 'https://example.com/old' }), db);
    const stored = await getClip('x', db);
    if (!stored) throw new Error('clip x was not saved');
    // A stored clip passed back in carries its old key, which must not be trusted.
    await saveClip({ ...stored, url: 'https://example.com/new' }, db);
    expect(await findClipsByUrl('https://example.com/old', db)).toEqual([]);
    expect(ids(await findClipsByUrl('https://example.com/new?gclid=1', db))).toEqual(['x']);
  });
});
