import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchClips } from '../../../src/core/search';
import { saveClip } from '../../../src/storage/clips';
import { getCurrentDraft } from '../../../src/storage/issues';
import {
  loadSearchData,
  loadSearchDataInChunks,
  loadSearchStart,
} from '../../../src/storage/search';
import { moveToTrash } from '../../../src/storage/trash';
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
    const start = await loadSearchStart(10, db);
    const full = await loadSearchData(db);
    const everything = searchClips(buildSearchIndex(full.clips), {}, 10);
    expect(start.total).toBe(28);
    expect(start.total).toBe(everything.total);
    expect(start.clips.map((c) => c.id)).toEqual(everything.clips.map((c) => c.id));
    expect(start.clips.map((c) => c.id)).not.toContain('c29');
    expect(start.issues.map((i) => i.id)).toEqual([draft.id]);
  });

  it('reaches further back when the newest are all in the trash, and copes with an empty database', async () => {
    const db = freshDb();
    expect(await loadSearchStart(5, db)).toMatchObject({ total: 0, clips: [] });
    for (let i = 0; i < 12; i++)
      await saveClip(
        clip({ id: `k${i}`, createdAt: stamp(i), url: `https://example.com/k${i}` }),
        db,
      );
    for (let i = 4; i < 12; i++) await moveToTrash(`k${i}`, db);
    const start = await loadSearchStart(3, db);
    expect(start.total).toBe(4);
    expect(start.clips.map((c) => c.id)).toEqual(['k3', 'k2', 'k1']);
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
    // issues a tenth as many at a time (here one), until a read comes back short (empty).
    expect(progress).toEqual([3, 5, 8, 10, 11, 11]);
  });
});
