import { describe, expect, it } from 'vitest';
import { type ChangeNotice, onChange } from '../../../src/storage/changes';
import { getClip, saveClip } from '../../../src/storage/clips';
import { setSetting } from '../../../src/storage/settings';
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
    // A marker write to another store after the read: a BroadcastChannel delivers in
    // order, so once the marker's notice is here, any notice the read sent is here too.
    await setSetting('clippedBy', 'marker', db);
    await expect.poll(() => seen.at(-1)?.stores).toEqual(['settings']);
    stop();
    expect(seen).toEqual([
      { db: db.dbName, stores: ['clips'] },
      { db: db.dbName, stores: ['settings'] },
    ]);
  });
});
