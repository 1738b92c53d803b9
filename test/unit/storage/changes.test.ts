import { describe, expect, it } from 'vitest';
import { type ChangeNotice, onChange } from '../../../src/storage/changes';
import { captureClip } from '../../../src/storage/clips/capture';
import { getClip, saveClip } from '../../../src/storage/clips/clips';
import { setSetting } from '../../../src/storage/digests/settings';
import { saveIssue } from '../../../src/storage/issues/issues';
import { makeIssue } from '../helpers/backup-data';
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

  it('names only the stores a capture wrote: a quote for a published page, none', async () => {
    const db = freshDb();
    await saveIssue(makeIssue({ id: 'p1', status: 'published' }), db);
    await saveIssue(makeIssue({ id: 'd1' }), db);
    await saveClip(clip({ id: 'old', issueId: 'p1', url: 'https://example.com/old' }), db);
    const seen: ChangeNotice[] = [];
    const stop = onChange((notice) => {
      if (notice.db === db.dbName) seen.push(notice);
    });
    const page = { pageTitle: 'P', description: '', heading: 'P', categoryId: 'tools' };
    const input = (url: string, comment: string) => ({ ...page, url, comment, issueId: 'd1' });
    await captureClip(input('https://example.com/new', ''), db);
    await captureClip(input('https://example.com/old', 'A quote.'), db);
    await captureClip(input('https://example.com/old', ''), db);
    await setSetting('clippedBy', 'marker', db);
    await expect.poll(() => seen.at(-1)?.stores).toEqual(['settings']);
    stop();
    // A published issue is read-only, so its page's quote changed nothing, as the last capture
    // did: neither says anything, and none rebuilds the menus.
    expect(seen.map((n) => n.stores)).toEqual([['clips', 'drafts'], ['settings']]);
  });
});
