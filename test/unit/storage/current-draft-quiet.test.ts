import { describe, expect, it } from 'vitest';
import { type ChangeNotice, onChange } from '../../../src/storage/changes';
import { saveClip } from '../../../src/storage/clips/clips';
import { getCurrentDraft } from '../../../src/storage/issues/issues';
import { clip, freshDb } from './fresh-db';

describe('asking for the current draft', () => {
  it('announces a change only when it had to create the draft', async () => {
    const db = freshDb();
    const seen: ChangeNotice[] = [];
    const stop = onChange((notice) => {
      if (notice.db === db.dbName) seen.push(notice);
    });
    const first = await getCurrentDraft(db);
    const again = await getCurrentDraft(db);
    // A write after the reads: once its notice has arrived, any earlier one has too
    // (a BroadcastChannel delivers in order).
    await saveClip(clip({ id: 'marker' }), db);
    await expect.poll(() => seen.at(-1)?.stores).toEqual(['clips']);
    stop();
    expect(again.id).toBe(first.id);
    expect(seen.map((notice) => notice.stores)).toEqual([['issues'], ['clips']]);
  });
});
