import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../src/storage/backup/backup';
import { captureClip } from '../../../src/storage/clips/capture';
import { addClip, countClips, listClipsByIssue } from '../../../src/storage/clips/clips';
import { countTrash, emptyTrash, listTrash } from '../../../src/storage/clips/trash';
import { openDatabase } from '../../../src/storage/db';
import { getSettings } from '../../../src/storage/digests/settings';
import { loadIssueDocument } from '../../../src/storage/issues/documents';
import { DB_VERSION } from '../../../src/storage/schema/stores';
import { freshDb } from './fresh-db';
import { createV2Database, V2, V2_SAMPLE } from './migrations/v2';

const page = (url: string, categoryId = 'tools') => ({
  url,
  pageTitle: 'New page',
  description: '',
  heading: 'New',
  comment: '',
  categoryId,
  issueId: 'd1',
});

// A version-2 database built with its frozen upgrade code and filled, then opened with
// today's opener: version 3 adds indexes that the browser fills from the stored records,
// and version 4 moves the published issue's clips into its archive record.
describe('upgrading a real version-2 database with data in it', () => {
  it('opens it at version 6 with the position and trash indexes filled from the old records', async () => {
    const db = freshDb();
    await createV2Database(db.dbName, V2_SAMPLE);
    const opened = await openDatabase(db.dbName);
    expect(opened.version).toBe(DB_VERSION);
    const index = opened.transaction('clips').store;
    expect(await index.index('by-deleted').getAllKeys()).toEqual(['old-gone', 't6']);
    expect(
      await index
        .index('by-position')
        .count(IDBKeyRange.bound(['d1', 'tools'], ['d1', 'tools', []])),
    ).toBe(4);

    expect(await countTrash(db)).toBe(2);
    expect((await listTrash(db)).map((c) => c.id)).toEqual(['t6', 'old-gone']);
    expect(await countClips('d1', db)).toBe(4);
    expect(await countClips('p1', db)).toBe(1);
    const doc = await loadIssueDocument('d1', db);
    expect(doc?.issue.style).toBe('embedly-link');
    expect(doc?.clips.map((c) => c.id)).toEqual(['n0', 't0', 't1', 't4']);
    expect(await getSettings(db)).toMatchObject({ clippedBy: 'Aiko', style: 'embedly-link' });
    expect((await exportBackup(db)).clips).toHaveLength(V2_SAMPLE.clips.length);
  });

  it('puts a new clip after the last position of its section, the trashed one included', async () => {
    const db = freshDb();
    await createV2Database(db.dbName, V2_SAMPLE);
    expect((await addClip(page('https://example.com/new'), db)).order).toBe(7);
    expect((await addClip(page('https://example.com/new2'), db)).order).toBe(8);
    // A section with no clip yet starts at 0; another issue's positions do not count.
    expect((await addClip(page('https://example.com/x', 'notable-articles'), db)).order).toBe(0);
    expect(
      (await listClipsByIssue('d1', db))
        .filter((c) => c.categoryId === 'tools')
        .map((c) => c.order),
    ).toEqual([0, 1, 4, 7, 8]);
    expect(await countClips('d1', db)).toBe(7);
  });

  it('finds duplicates after the migration as before: same article, other tracking parameters', async () => {
    const db = freshDb();
    await createV2Database(db.dbName, V2_SAMPLE);
    const again = await captureClip(page('https://example.com/a?utm_source=newsletter'), db);
    expect(again).toMatchObject({ created: false, clip: { id: 't0' } });
    const published = await captureClip(page('https://example.com/old'), db);
    expect(published).toMatchObject({ created: false, elsewhere: true, clip: { id: 'old' } });
    // A trashed clip is no duplicate: the page is clipped anew, after the trashed position.
    const anew = await captureClip(page('https://example.com/d'), db);
    expect(anew).toMatchObject({ created: true, clip: { order: 7 } });
    expect(await countClips('d1', db)).toBe(5);
  });

  it('empties exactly the trashed clips, found through the trash index', async () => {
    const db = freshDb();
    await createV2Database(db.dbName, V2_SAMPLE);
    expect(await emptyTrash(db)).toBe(2);
    expect(await countTrash(db)).toBe(0);
    const raw = await openDB(db.dbName);
    try {
      expect((await raw.getAllKeys('clips')).sort()).toEqual(['n0', 't0', 't1', 't4']);
      expect((await raw.get('archive', 'p1'))?.ids).toEqual(['old']);
    } finally {
      raw.close();
    }
  });

  it('was version 2 before it was opened', async () => {
    const db = freshDb();
    await createV2Database(db.dbName, V2_SAMPLE);
    const raw = await openDB(db.dbName);
    expect(raw.version).toBe(V2);
    expect([...raw.transaction('clips').store.indexNames]).not.toContain('by-position');
    raw.close();
  });
});
