import { describe, expect, it } from 'vitest';
import { type ChangeNotice, onChange } from '../../../src/storage/changes';
import { getClip, saveClip } from '../../../src/storage/clips';
import { clip, freshDb } from './fresh-db';

describe('change notices', () => {
  it('announces a committed write with its stores, and not a read', async () => {
    const db = freshDb();
    const seen: ChangeNotice[] = [];
    const stop = onChange((notice) => {
      if (notice.db === db.dbName) seen.push(notice);
    });
    await saveClip(clip({ id: 'a' }), db);
    await getClip('a', db);
    // BroadcastChannel delivers asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    expect(seen).toEqual([{ db: db.dbName, stores: ['clips'] }]);
  });
});
