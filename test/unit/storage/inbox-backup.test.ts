import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../../src/core/backup';
import { exportBackup, restoreBackup } from '../../../src/storage/backup/backup';
import { addCandidates, listInbox } from '../../../src/storage/inbox/inbox';
import { makeBackup } from '../helpers/backup-data';
import { freshDb } from './fresh-db';

const feed = {
  id: 'f1',
  digestId: 'default',
  url: 'https://blog.rust-lang.org/feed.xml',
  title: 'Rust Blog',
  addedAt: '2024-03-01T10:00:00.000Z',
  periodMinutes: 1440,
  etag: '"abc"',
};

function parsed(text: string) {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('the inbox and followed feeds in a backup', () => {
  it('go out in the backup and come back with their duplicate keys recomputed', async () => {
    const db = freshDb();
    await addCandidates(
      'default',
      [
        { url: 'https://a.example/x?utm_source=chat', title: 'X', poster: 'Aiko', source: 'slack' },
        { url: 'https://a.example/y', source: 'feed', via: 'Rust Blog' },
      ],
      db,
    );
    const file = parsed(serializeBackup(await exportBackup(db)));
    expect(file.inbox?.map((c) => c.url)).toEqual([
      'https://a.example/x?utm_source=chat',
      'https://a.example/y',
    ]);
    expect(file.inbox?.[0]).not.toHaveProperty('normalizedUrl');
    const other = freshDb();
    await restoreBackup({ ...file, feeds: [feed] }, other);
    const restored = await listInbox('default', other);
    expect(restored.map((c) => [c.url, c.normalizedUrl, c.poster])).toEqual([
      ['https://a.example/x?utm_source=chat', 'https://a.example/x', 'Aiko'],
      ['https://a.example/y', 'https://a.example/y', undefined],
    ]);
    // The restored keys find the links again: a paste of one is not added twice.
    const again = await addCandidates(
      'default',
      [{ url: 'https://a.example/x', source: 'list' }],
      other,
    );
    expect(again.added).toEqual([]);
    expect((await exportBackup(other)).feeds).toEqual([feed]);
  });

  it('reads a file from before the inbox as one with an empty inbox', () => {
    const file = parsed(serializeBackup(makeBackup()));
    expect(file.inbox).toBeUndefined();
    expect(file.feeds).toBeUndefined();
  });

  it('keeps a source kind it does not know, so a later build’s file still reads', () => {
    const later = {
      id: 'c',
      digestId: 'default',
      url: 'https://a.example/',
      source: 'mastodon',
      addedAt: '2024-03-01T10:00:00.000Z',
      order: 0,
    };
    expect(parsed(JSON.stringify({ ...makeBackup(), inbox: [later] })).inbox).toEqual([later]);
  });

  it('refuses an inbox link that is not a web page, saying which', () => {
    const bad = {
      id: 'c',
      digestId: 'default',
      url: 'javascript:alert(1)',
      source: 'list',
      addedAt: '2024-03-01T10:00:00.000Z',
      order: 0,
    };
    const result = parseBackup(JSON.stringify({ ...makeBackup(), inbox: [bad] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/inbox.*(javascript|Script links)/is);
  });
});
