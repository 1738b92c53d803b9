import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchClips } from '../../../src/core/search';
import { saveClip } from '../../../src/storage/clips/clips';
import { moveToTrash } from '../../../src/storage/clips/trash';
import { getCurrentDraft } from '../../../src/storage/issues/issues';
import {
  loadSearchData,
  loadSearchDataInChunks,
  loadSearchStart,
} from '../../../src/storage/search';
import { clip, freshDb } from './fresh-db';

const stamp = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();

describe('the search view’s first screen', () => {
  it('is the newest clips outside the trash and their count, as the full search lists them', async () => {
    const db = freshDb();
    const draft = await getCurrentDraft(db);
    // 30 clips a minute apart, four of them made in the same minute, two of the newest trashed.
    for (let i = 0; i < 30; i++) {
      const minute = i >= 20 && i < 24 ? 20 : i;
      await saveClip(
        clip({
          id: `c${String(i).padStart(2, '0')}`,
          issueId: draft.id,
          createdAt: stamp(minute),
          url: `https://example.com/${i}`,
        }),
        db,
      );
    }
    await moveToTrash('c29', db);
    await moveToTrash('c27', db);
    const first = loadSearchStart(10, db);
    const start = await first.newest;
    const counts = await first.counts;
    const full = await loadSearchData(db);
    const everything = searchClips(buildSearchIndex(full.clips), {}, 10);
    expect(counts.total).toBe(28);
    expect(counts.total).toBe(everything.total);
    expect(counts.issueCount).toBe(full.issues.length);
    expect(start.clips.map((c) => c.id)).toEqual(everything.clips.map((c) => c.id));
    expect(start.clips.map((c) => c.id)).not.toContain('c29');
    expect(start.issues.map((i) => i.id)).toEqual([draft.id]);
  });

  it('reaches further back when the newest are all in the trash, and copes with an empty database', async () => {
    const db = freshDb();
    const empty = loadSearchStart(5, db);
    expect(await empty.newest).toMatchObject({ clips: [] });
    expect(await empty.counts).toEqual({ total: 0, issueCount: 0 });
    for (let i = 0; i < 12; i++)
      await saveClip(
        clip({ id: `k${i}`, createdAt: stamp(i), url: `https://example.com/k${i}` }),
        db,
      );
    for (let i = 4; i < 12; i++) await moveToTrash(`k${i}`, db);
    const reached = loadSearchStart(3, db);
    const start = await reached.newest;
    expect((await reached.counts).total).toBe(4);
    expect(start.clips.map((c) => c.id)).toEqual(['k3', 'k2', 'k1']);
  });

  it('gives the newest before the counts, and a failed read fails both', async () => {
    const db = freshDb();
    await saveClip(clip({ id: 'only', createdAt: stamp(1) }), db);
    const order: string[] = [];
    const { newest, counts } = loadSearchStart(5, db);
    await Promise.all([
      newest.then(() => order.push('newest')),
      counts.then(() => order.push('counts')),
    ]);
    expect(order).toEqual(['newest', 'counts']);

    // A database that cannot be opened: both promises say so, neither hangs.
    const original = indexedDB.open.bind(indexedDB);
    indexedDB.open = (() => {
      throw new Error('no storage here');
    }) as typeof indexedDB.open;
    try {
      const failing = loadSearchStart(5, { dbName: `${db.dbName}-unopenable` });
      await expect(failing.newest).rejects.toThrow();
      await expect(failing.counts).rejects.toThrow();
    } finally {
      indexedDB.open = original;
    }
  });

  it('reads every clip in chunks, each said as it arrives, to the same data as one read', async () => {
    const db = freshDb();
    await getCurrentDraft(db);
    for (let i = 0; i < 11; i++)
      await saveClip(
        clip({ id: `m${i}`, createdAt: stamp(i), url: `https://example.com/m${i}` }),
        db,
      );
    await moveToTrash('m4', db);
    const progress: number[] = [];
    const chunked = await loadSearchDataInChunks((read) => progress.push(read), db, 3);
    const whole = await loadSearchData(db);
    expect(chunked.clips.map((c) => c.id).sort()).toEqual(whole.clips.map((c) => c.id).sort());
    expect(chunked.clips).toHaveLength(10);
    expect(chunked.categories).toEqual(whole.categories);
    expect(chunked.issues).toEqual(whole.issues);
    expect(chunked.issues).toHaveLength(1);
    // 11 clips in chunks of 3 (m4 trashed: 3, 2, 3, 2 kept), the last read short; then the
    // published issues' records (none here, one read); then the issues a tenth as many at a
    // time (here one), until a read comes back short (empty).
    expect(progress).toEqual([3, 5, 8, 10, 10, 11, 11]);
  });
});
