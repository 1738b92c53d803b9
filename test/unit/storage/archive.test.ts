import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../src/storage/backup/backup';
import { removeCategory } from '../../../src/storage/categories/edit';
import { editCapturedClip } from '../../../src/storage/clips/captured-edit';
import {
  addClip,
  listClipsByCategory,
  listRecentClips,
  saveClip,
} from '../../../src/storage/clips/clips';
import { updateClip } from '../../../src/storage/clips/edits';
import { moveToTrash } from '../../../src/storage/clips/trash';
import { IssueNotDraftError } from '../../../src/storage/errors';
import { loadIssueDocument } from '../../../src/storage/issues/documents';
import { getCurrentDraft, saveIssue } from '../../../src/storage/issues/issues';
import { publishIssue } from '../../../src/storage/issues/publish';
import { makeBackup, makeIssue } from '../helpers/backup-data';
import { at, clip, freshDb } from './fresh-db';

type Db = { dbName: string };

/** The raw stores, read without the storage module. */
async function raw(db: Db) {
  const opened = await openDB(db.dbName);
  try {
    return {
      clips: ((await opened.getAll('clips')) as { id: string }[]).map((c) => c.id).sort(),
      archive: (await opened.getAll('archive')) as { issueId: string; ids: string[] }[],
    };
  } finally {
    opened.close();
  }
}

const page = (id: string, categoryId = 'tools') => ({
  url: `https://example.com/${id}`,
  pageTitle: id,
  description: '',
  heading: id,
  comment: '',
  categoryId,
  issueId: 'd1',
});

async function draftWithClips(db: Db) {
  const draft = await getCurrentDraft({ ...db, now: at(2024, 3, 1), newId: () => 'd1' });
  let n = 0;
  const ids = (id: string) => ({ ...db, newId: () => id, now: at(2024, 3, 1, 10, n++) });
  await addClip(page('a'), ids('a'));
  await addClip(page('b', 'new-features'), ids('b'));
  await addClip(page('c'), ids('c'));
  await addClip(page('gone'), ids('gone'));
  return draft;
}

describe('a published issue’s clips, one record', () => {
  it('publishing writes the issue’s clips as one record; carried and trashed clips stay loose', async () => {
    const db = freshDb();
    await draftWithClips(db);
    await moveToTrash('gone', db);
    const { next } = await publishIssue('d1', { ...db, carryOver: ['c'], newId: () => 'd2' });
    const stored = await raw(db);
    expect(stored.archive.map((r) => [r.issueId, [...r.ids].sort()])).toEqual([['d1', ['a', 'b']]]);
    expect(stored.clips).toEqual(['c', 'gone']);
    expect((await loadIssueDocument('d1', db))?.clips.map((c) => c.id)).toEqual(['a', 'b']);
    expect((await loadIssueDocument(next.id, db))?.clips.map((c) => c.id)).toEqual(['c']);
  });

  it('an issue published with no clips has no record', async () => {
    const db = freshDb();
    await getCurrentDraft({ ...db, newId: () => 'd1' });
    await publishIssue('d1', { ...db, newId: () => 'd2' });
    expect((await raw(db)).archive).toEqual([]);
  });

  it('a restore writes one record per published issue, whatever its number of clips', async () => {
    const db = freshDb();
    const clips = Array.from({ length: 300 }, (_, i) =>
      clip({ id: `c${String(i).padStart(3, '0')}`, issueId: i < 250 ? 'p1' : 'd1', order: i }),
    );
    await restoreBackup(
      makeBackup({
        issues: [
          makeIssue({ id: 'p1', status: 'published', publishedMarkdown: '# P1\n' }),
          makeIssue({ id: 'd1' }),
        ],
        clips: [
          ...clips,
          { ...clip({ id: 'trashed', issueId: 'p1' }), deletedAt: '2024-03-02T00:00:00.000Z' },
        ],
      }),
      db,
    );
    const stored = await raw(db);
    expect(stored.archive.map((r) => [r.issueId, r.ids.length])).toEqual([['p1', 250]]);
    expect(stored.clips).toHaveLength(51);
    expect(stored.clips).toContain('trashed');
  });

  it('never edits a published clip, from the workspace or from the popup: the issue is read-only', async () => {
    const db = freshDb();
    await saveIssue(makeIssue({ id: 'p1', status: 'published' }), db);
    const saved = await saveClip(clip({ id: 'x', issueId: 'p1', comment: 'one' }), db);
    const edit = updateClip(
      'x',
      { comment: 'two' },
      { updatedAt: saved.updatedAt, values: { comment: 'one' } },
      db,
    );
    await expect(edit).rejects.toBeInstanceOf(IssueNotDraftError);
    const popup = await editCapturedClip('x', { heading: 'Popup' }, undefined, db);
    expect(popup.status).toBe('published');
    expect((await loadIssueDocument('p1', db))?.clips[0]).toMatchObject({
      comment: 'one',
      heading: '',
    });
    const stored = await raw(db);
    expect(stored.clips).toEqual([]);
    expect(stored.archive.map((r) => r.ids)).toEqual([['x']]);
  });

  it('a removed category’s clips move in the published records too, after the target’s', async () => {
    const db = freshDb();
    await saveIssue(makeIssue({ id: 'p1', status: 'published' }), db);
    await saveClip(clip({ id: 't0', issueId: 'p1', categoryId: 'tools', order: 0 }), db);
    await saveClip(clip({ id: 'n0', issueId: 'p1', categoryId: 'new-features', order: 0 }), db);
    await saveClip(clip({ id: 'n1', issueId: 'p1', categoryId: 'new-features', order: 1 }), db);
    expect(await removeCategory('new-features', 'tools', db)).toBe(2);
    const doc = await loadIssueDocument('p1', db);
    expect(doc?.clips.map((c) => [c.id, c.categoryId, c.order])).toEqual([
      ['t0', 'tools', 0],
      ['n0', 'tools', 1],
      ['n1', 'tools', 2],
    ]);
    expect((await listClipsByCategory('tools', db)).map((c) => c.id).sort()).toEqual([
      'n0',
      'n1',
      't0',
    ]);
  });

  it('lists the newest clips across the draft and the records', async () => {
    const db = freshDb();
    await saveIssue(makeIssue({ id: 'p1', status: 'published' }), db);
    await saveIssue(makeIssue({ id: 'd1' }), db);
    const made = (id: string, issueId: string, day: number) =>
      saveClip(clip({ id, issueId, createdAt: `2024-03-0${day}T00:00:00.000Z` }), db);
    await made('p-old', 'p1', 1);
    await made('p-new', 'p1', 5);
    await made('d-mid', 'd1', 3);
    await made('d-new', 'd1', 6);
    expect((await listRecentClips(3, db)).map((c) => c.id)).toEqual(['d-new', 'p-new', 'd-mid']);
  });

  it('an issue saved as published takes its loose clips into its record, and back as a draft', async () => {
    const db = freshDb();
    await saveIssue(makeIssue({ id: 'i1' }), db);
    await saveClip(clip({ id: 'a', issueId: 'i1' }), db);
    await saveIssue(makeIssue({ id: 'i1', status: 'published' }), db);
    expect((await raw(db)).archive.map((r) => r.ids)).toEqual([['a']]);
    await saveIssue(makeIssue({ id: 'i1' }), db);
    expect(await raw(db)).toEqual({ clips: ['a'], archive: [] });
  });
});
