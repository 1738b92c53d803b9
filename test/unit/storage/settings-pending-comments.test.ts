import { describe, expect, it } from 'vitest';
import {
  deletePendingComment,
  getPendingComment,
  savePendingComment,
} from '../../../src/storage/clips/pending-comments';
import { DEFAULT_SETTINGS, getSettings, setSetting } from '../../../src/storage/digests/settings';
import { at, freshDb } from './fresh-db';

describe('settings', () => {
  it('reads the defaults until something is set, then the stored value', async () => {
    const db = freshDb();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    await setSetting('clippedBy', 'mizchi', db);
    const settings = await getSettings(db);
    expect(settings.clippedBy).toBe('mizchi');
    expect(settings.titleTemplate).toBe(DEFAULT_SETTINGS.titleTemplate);
  });
});

describe('pending comments', () => {
  it('finds the pending comment again through a link with other trackers', async () => {
    const db = freshDb();
    const saved = await savePendingComment(
      { url: 'https://example.com/post?utm_source=x', comment: 'So far: ', heading: 'Post' },
      { ...db, now: at(2024, 3, 1, 10) },
    );
    expect(saved.url).toBe('https://example.com/post');
    const found = await getPendingComment('https://example.com/post/?fbclid=abc#c', db);
    expect(found).toEqual({
      url: 'https://example.com/post',
      comment: 'So far: ',
      heading: 'Post',
      updatedAt: new Date(2024, 2, 1, 10).toISOString(),
    });
    await deletePendingComment('https://example.com/post', db);
    expect(await getPendingComment('https://example.com/post', db)).toBeUndefined();
  });
});
