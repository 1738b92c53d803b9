import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../../src/storage/backup/backup';
import { captureClip } from '../../../src/storage/clips/capture';
import { countClips, findClipsByUrl } from '../../../src/storage/clips/clips';
import { restoreClip } from '../../../src/storage/clips/edits';
import { emptyTrash, listTrash, moveToTrash } from '../../../src/storage/clips/trash';
import { openDatabase } from '../../../src/storage/db';
import { loadIssueDocument } from '../../../src/storage/issues/documents';
import { earlierLinks } from '../../../src/storage/issues/earlier';
import { getBackupReminder } from '../../../src/storage/persistence';
import { DB_VERSION } from '../../../src/storage/schema/stores';
import { loadSearchData, loadSearchStart } from '../../../src/storage/search';
import { freshDb } from './fresh-db';
import { createV1Database, V1_SAMPLE } from './migrations/v1';
import { createV3Database, V3, V3_SAMPLE } from './migrations/v3';

const page = (url: string, comment = '') => ({
  url,
  pageTitle: 'Again',
  description: '',
  heading: 'Again',
  comment,
  categoryId: 'tools',
  issueId: 'd1',
});

/** Every clip of a version-3 database, as its own code stored them. */
async function rawClips(dbName: string): Promise<Record<string, unknown>[]> {
  const raw = await openDB(dbName);
  try {
    return await raw.getAll('clips');
  } finally {
    raw.close();
  }
}

// A version-3 database built with its frozen upgrade code and filled, then opened with
// today's opener: version 4 moves each published issue's clips outside the trash into one
// archive record, in the upgrade transaction.
describe('upgrading a real version-3 database with data in it', () => {
  it('moves the published issues’ clips into their records and loses or changes none', async () => {
    const db = freshDb();
    await createV3Database(db.dbName, V3_SAMPLE);
    const before = await rawClips(db.dbName);
    const opened = await openDatabase(db.dbName);
    expect(opened.version).toBe(DB_VERSION);
    const archived = await opened.getAll('archive');
    expect(archived.map((r) => [r.issueId, r.ids.sort(), r.urls.sort()])).toEqual([
      ['p1', ['old-a', 'old-b'], ['https://example.com/old-a', 'https://example.com/old-b']],
    ]);
    expect(archived[0]).toMatchObject({
      newest: '2024-02-22T10:00:00.000Z',
      oldest: '2024-02-21T10:00:00.000Z',
      size: 2,
    });
    expect((await opened.getAllKeys('clips')).sort()).toEqual([
      'new-a',
      'new-b',
      'new-gone',
      'old-gone',
    ]);
    // The backup of the upgraded database holds every clip exactly as version 3 stored it.
    const exported = (await exportBackup(db)).clips;
    expect(exported).toEqual(before.map(({ normalizedUrl: _key, ...clip }) => clip));
  });

  it('shows the published issue with its clips by position, and counts them', async () => {
    const db = freshDb();
    await createV3Database(db.dbName, V3_SAMPLE);
    const doc = await loadIssueDocument('p1', db);
    expect(doc?.clips.map((c) => c.id)).toEqual(['old-a', 'old-b']);
    expect(await countClips('p1', db)).toBe(2);
    expect(await countClips('d1', db)).toBe(2);
    expect((await loadIssueDocument('p0', db))?.clips).toEqual([]);
  });

  it('finds duplicates as before, and a quote for a published page leaves its record as published', async () => {
    const db = freshDb();
    await createV3Database(db.dbName, V3_SAMPLE);
    const again = await captureClip(page('https://example.com/old-a?utm_medium=mail'), db);
    expect(again).toMatchObject({ created: false, elsewhere: true, clip: { id: 'old-a' } });
    const quoted = await captureClip(page('https://example.com/old-b', 'Still true.'), db);
    expect(quoted).toMatchObject({
      created: false,
      elsewhere: true,
      published: true,
      clip: { id: 'old-b' },
    });
    const doc = await loadIssueDocument('p1', db);
    expect(doc?.clips.find((c) => c.id === 'old-b')?.comment).toBe('Worth a read.');
    expect(await findClipsByUrl('https://example.com/old-b', db)).toHaveLength(1);
    // A trashed clip of the published issue is no duplicate: the page is clipped anew.
    const anew = await captureClip(page('https://example.com/old-gone'), db);
    expect(anew).toMatchObject({ created: true, clip: { issueId: 'd1', order: 3 } });
  });

  it('still names the earlier issue of a draft link', async () => {
    const db = freshDb();
    await createV3Database(db.dbName, V3_SAMPLE);
    const links = await earlierLinks(
      { id: 'd1' },
      ['https://example.com/old-a', 'https://x.y/'],
      db,
    );
    expect([...links]).toEqual([['https://example.com/old-a', 'Neco Weekly (2024-02-23)']]);
  });

  it('searches the published clips too: the newest first, and all of them counted', async () => {
    const db = freshDb();
    await createV3Database(db.dbName, V3_SAMPLE);
    const all = await loadSearchData(db);
    expect(all.clips.map((c) => c.id).sort()).toEqual(['new-a', 'new-b', 'old-a', 'old-b']);
    const { newest, counts } = loadSearchStart(3, db);
    expect((await newest).clips.map((c) => c.id)).toEqual(['new-b', 'new-a', 'old-b']);
    expect(await counts).toEqual({ total: 4, issueCount: 3 });
  });

  it('trashes a published clip out of its record, and restores it into the draft', async () => {
    const db = freshDb();
    await createV3Database(db.dbName, V3_SAMPLE);
    expect(await moveToTrash('old-a', db)).toBe(true);
    expect((await loadIssueDocument('p1', db))?.clips.map((c) => c.id)).toEqual(['old-b']);
    expect((await listTrash(db)).map((c) => c.id)).toContain('old-a');
    expect(await restoreClip('old-a', 'd1', db)).toBe(true);
    const draft = await loadIssueDocument('d1', db);
    expect(draft?.clips.map((c) => c.id)).toEqual(['new-a', 'new-b', 'old-a']);
  });

  it('reminds of backups from the oldest clip, a published one included', async () => {
    const db = freshDb();
    await createV3Database(db.dbName, V3_SAMPLE);
    await emptyTrash(db);
    // The oldest clip left is the published old-a (21 February); the draft's are from
    // 1 March. Never backed up, the reminder counts from the oldest: 14 days by default.
    const on = (date: string) => getBackupReminder({ ...db, now: () => new Date(date) });
    expect((await on('2024-03-07T12:00:00.000Z')).due).toBe(true);
    expect((await on('2024-03-05T12:00:00.000Z')).due).toBe(false);
  });

  it('moves a version-1 published issue’s clips after version 2 has rewritten them', async () => {
    const db = freshDb();
    const [first] = V1_SAMPLE.issues;
    await createV1Database(db.dbName, {
      ...V1_SAMPLE,
      issues: [{ ...first, status: 'published', publishedMarkdown: '# Old\n' }],
    });
    const doc = await loadIssueDocument('i1', db);
    expect(doc?.clips).toEqual([
      expect.objectContaining({ id: 'c1', comment: 'Read it.  \n\n```js\nx()\n```' }),
    ]);
    const raw = await openDB(db.dbName);
    try {
      expect((await raw.get('archive', 'i1'))?.clips[0]).toMatchObject({
        comment: 'Read it.  \n\n```js\nx()\n```',
      });
      expect(await raw.getAllKeys('clips')).toEqual(['c2']);
    } finally {
      raw.close();
    }
  });

  it('leaves version 3 as it was when the move fails', async () => {
    const db = freshDb();
    await createV3Database(db.dbName, V3_SAMPLE);
    const before = await rawClips(db.dbName);
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(openDatabase(db.dbName)).rejects.toThrow();
    vi.restoreAllMocks();
    const raw = await openDB(db.dbName);
    try {
      expect(raw.version).toBe(V3);
      expect([...raw.objectStoreNames]).not.toContain('archive');
      expect(await raw.getAll('clips')).toEqual(before);
    } finally {
      raw.close();
    }
  });
});
