import { describe, expect, it } from 'vitest';
import { getClip, listClipsByIssue, saveClip } from '../../../src/storage/clips/clips';
import { moveClip, restoreClip, updateClip } from '../../../src/storage/clips/edits';
import { moveToTrash } from '../../../src/storage/clips/trash';
import { saveIssue } from '../../../src/storage/issues/issues';
import { at, clip, draftIssue, freshDb } from './fresh-db';

/** `category:id` in the order the issue shows them (news before tools). */
const order = async (db: { dbName: string }, issueId = 'issue-1') =>
  (await listClipsByIssue(issueId, db))
    .sort((a, b) => a.categoryId.localeCompare(b.categoryId) || a.order - b.order)
    .map((c) => `${c.categoryId}:${c.id}`);

async function seed(db: { dbName: string }) {
  for (const [i, id] of ['a', 'b', 'c'].entries()) {
    await saveClip(clip({ id, order: i, categoryId: 'news' }), db);
  }
  await saveClip(clip({ id: 't', order: 0, categoryId: 'tools' }), db);
}

describe('checked clip saves', () => {
  it('saves when nobody else changed the clip, keeping its import source (its checksum shows the edit)', async () => {
    const db = freshDb();
    await saveClip(
      clip({ id: 'a', source: { style: 'embedly-link', text: '## x\n', sum: 'x', shape: 0 } }),
      db,
    );
    const loaded = await getClip('a', db);
    const result = await updateClip(
      'a',
      { heading: 'Mine' },
      { updatedAt: loaded?.updatedAt ?? '', values: { heading: '' } },
      { ...db, now: at(2024, 3, 2) },
    );
    expect(result.status).toBe('saved');
    const stored = await getClip('a', db);
    expect(stored?.heading).toBe('Mine');
    expect(stored?.source).toEqual({ style: 'embedly-link', text: '## x\n', sum: 'x', shape: 0 });
    expect(stored?.updatedAt).toBe(at(2024, 3, 2)().toISOString());
  });

  it('refuses to overwrite a field another window changed, and merges untouched fields', async () => {
    const db = freshDb();
    await saveClip(clip({ id: 'a', comment: 'start' }), db);
    const loaded = await getClip('a', db);
    const base = { updatedAt: loaded?.updatedAt ?? '', values: { comment: 'start', heading: '' } };
    // The other window saves its comment first.
    await updateClip('a', { comment: 'theirs' }, { ...base }, { ...db, now: at(2024, 4, 1) });
    const conflict = await updateClip('a', { comment: 'mine' }, base, db);
    expect(conflict.status).toBe('conflict');
    expect(conflict.status === 'conflict' && conflict.current.comment).toBe('theirs');
    expect((await getClip('a', db))?.comment).toBe('theirs');
    const merged = await updateClip('a', { heading: 'Mine' }, base, db);
    expect(merged.status).toBe('saved');
    expect(await getClip('a', db)).toMatchObject({ heading: 'Mine', comment: 'theirs' });
  });

  it('says missing for a trashed or unknown clip', async () => {
    const db = freshDb();
    await saveClip(clip({ id: 'a' }), db);
    await moveToTrash('a', db);
    const base = { updatedAt: '', values: {} };
    expect((await updateClip('a', { heading: 'x' }, base, db)).status).toBe('missing');
    expect((await updateClip('zz', { heading: 'x' }, base, db)).status).toBe('missing');
  });
});

describe('moving clips', () => {
  it('moves within a category and to another one, renumbering both', async () => {
    const db = freshDb();
    await seed(db);
    await moveClip('a', 'news', 1, db);
    expect(await order(db)).toEqual(['news:b', 'news:a', 'news:c', 'tools:t']);
    await moveClip('c', 'tools', 0, db);
    const clips = await listClipsByIssue('issue-1', db);
    expect(clips.filter((c) => c.categoryId === 'tools').map((c) => [c.id, c.order])).toEqual([
      ['c', 0],
      ['t', 1],
    ]);
    expect(clips.filter((c) => c.categoryId === 'news').map((c) => [c.id, c.order])).toEqual([
      ['b', 0],
      ['a', 1],
    ]);
  });

  it('keeps a trashed clip between its neighbours, so a restore puts it back there', async () => {
    const db = freshDb();
    await draftIssue('issue-1', db);
    await seed(db);
    await moveToTrash('b', db);
    await moveClip('c', 'news', 0, db);
    await restoreClip('b', 'issue-1', db);
    expect(await order(db)).toEqual(['news:c', 'news:a', 'news:b', 'tools:t']);
  });

  it('restores a clip of a published issue into the current draft', async () => {
    const db = freshDb();
    await seed(db);
    const { getCurrentDraft } = await import('../../../src/storage/issues/issues');
    const draft = await getCurrentDraft(db);
    await saveIssue({ ...draft, id: 'issue-1', status: 'published' }, db);
    await moveToTrash('a', db);
    await restoreClip('a', draft.id, db);
    expect(await getClip('a', db)).toMatchObject({ issueId: draft.id, order: 0 });
    expect((await getClip('a', db))?.deletedAt).toBeUndefined();
  });
});
