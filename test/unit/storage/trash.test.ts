import { describe, expect, it } from 'vitest';
import { getClip, listClipsByIssue, saveClip } from '../../../src/storage/clips/clips';
import { restoreClip } from '../../../src/storage/clips/edits';
import { emptyTrash, listTrash, moveToTrash } from '../../../src/storage/clips/trash';
import { at, clip, draftIssue, freshDb } from './fresh-db';

describe('trash', () => {
  it('hides a trashed clip from its issue and brings it back unchanged', async () => {
    const db = freshDb();
    await draftIssue('issue-1', db);
    await saveClip(clip({ id: 'a', order: 0 }), db);
    await saveClip(clip({ id: 'b', order: 1, comment: 'keep **this**\n' }), db);
    const before = await getClip('b', db);

    expect(await moveToTrash('b', { ...db, now: at(2024, 3, 9, 18) })).toBe(true);
    expect((await listClipsByIssue('issue-1', db)).map((c) => c.id)).toEqual(['a']);
    expect((await getClip('b', db))?.deletedAt).toBe(at(2024, 3, 9, 18)().toISOString());

    expect(await restoreClip('b', 'issue-1', db)).toBe(true);
    expect(await getClip('b', db)).toEqual(before);
    expect((await listClipsByIssue('issue-1', db)).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('answers false for clips that do not exist', async () => {
    const db = freshDb();
    expect(await moveToTrash('ghost', db)).toBe(false);
    expect(await restoreClip('ghost', 'issue-1', db)).toBe(false);
  });

  it('keeps an edited clip in the trash', async () => {
    const db = freshDb();
    await saveClip(clip({ id: 'a' }), db);
    await moveToTrash('a', db);
    await saveClip(clip({ id: 'a', heading: 'edited' }), db);
    const stored = await getClip('a', db);
    expect(stored?.heading).toBe('edited');
    expect(stored?.deletedAt).toBeDefined();
  });

  it('lists the trash newest deletion first and empties only the trash', async () => {
    const db = freshDb();
    for (const id of ['a', 'b', 'c']) await saveClip(clip({ id }), db);
    await moveToTrash('a', { ...db, now: at(2024, 3, 1) });
    await moveToTrash('c', { ...db, now: at(2024, 3, 2) });
    expect((await listTrash(db)).map((c) => c.id)).toEqual(['c', 'a']);

    expect(await emptyTrash(db)).toBe(2);
    expect(await listTrash(db)).toEqual([]);
    expect(await getClip('a', db)).toBeUndefined();
    expect(await getClip('b', db)).toBeDefined();
    expect(await emptyTrash(db)).toBe(0);
  });
});
