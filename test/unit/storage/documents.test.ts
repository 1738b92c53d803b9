import { describe, expect, it } from 'vitest';
import { type Clip, DEFAULT_DIGEST_ID, type IssueDocument } from '../../../src/core/model';
import { exportBackup } from '../../../src/storage/backup/backup';
import { listCategories } from '../../../src/storage/categories/categories';
import { getClip, saveClip } from '../../../src/storage/clips/clips';
import { moveToTrash } from '../../../src/storage/clips/trash';
import { createDigest, setCurrentDigest } from '../../../src/storage/digests/digests';
import {
  loadCurrentDocument,
  loadIssueDocument,
  saveIssueDocument,
} from '../../../src/storage/issues/documents';
import {
  getCurrentDraft,
  getIssue,
  listIssues,
  saveIssue,
} from '../../../src/storage/issues/issues';
import { makeIssue } from '../helpers/backup-data';
import { at, clip, freshDb } from './fresh-db';

async function importedDoc(db: { dbName: string }): Promise<IssueDocument> {
  const base = await getCurrentDraft({ ...db, newId: () => 'ignored', now: at(2022, 7, 29) });
  return {
    issue: { ...base, id: 'imported', title: 'Neco Weekly (2022-07-29号)', status: 'published' },
    categories: [{ id: 'books', emoji: '📘', name: 'Books', order: 3 }],
    clips: [
      clip({ id: 'k1', issueId: 'imported', categoryId: 'books', order: 0 }),
      clip({ id: 'k2', issueId: 'imported', categoryId: 'tools', order: 0, comment: 'a  \nb' }),
    ],
  };
}

describe('the current draft as a document', () => {
  it('on a fresh database makes the draft, as getCurrentDraft would, and reads it', async () => {
    const db = freshDb();
    const doc = await loadCurrentDocument({ ...db, newId: () => 'first', now: at(2024, 5, 10) });
    expect(doc.issue.id).toBe('first');
    expect(doc.clips).toEqual([]);
    expect((await getCurrentDraft(db)).id).toBe('first');
    expect(doc).toEqual(await loadIssueDocument('first', db));
  });

  it('reads the draft of the current digest with its live clips, in their order', async () => {
    const db = freshDb();
    const draft = await getCurrentDraft(db);
    await saveClip(clip({ id: 'b', issueId: draft.id, categoryId: 'tools', order: 1 }), db);
    await saveClip(clip({ id: 'a', issueId: draft.id, categoryId: 'tools', order: 0 }), db);
    await saveClip(clip({ id: 'gone', issueId: draft.id, categoryId: 'tools', order: 2 }), db);
    await saveClip(clip({ id: 'elsewhere', issueId: 'other' }), db);
    await moveToTrash('gone', db);
    const doc = await loadCurrentDocument(db);
    expect(doc.clips.map((c) => c.id)).toEqual(['a', 'b']);
    expect(doc).toEqual(await loadIssueDocument(draft.id, db));

    // Another digest made current has its own draft and sections; asking by id still works.
    const second = await createDigest({ name: 'Second', style: 'neco' }, db);
    const other = await loadCurrentDocument(db);
    expect(other.issue.id).not.toBe(draft.id);
    expect(other.issue.digestId).toBe(second.id);
    expect(other.categories.every((c) => c.digestId === second.id)).toBe(true);
    expect(other.categories).toHaveLength(doc.categories.length);
    const first = await loadCurrentDocument({ ...db, digestId: DEFAULT_DIGEST_ID });
    expect(first.issue.id).toBe(draft.id);
    await setCurrentDigest(second.id, db);
    expect((await loadCurrentDocument(db)).issue.id).toBe(other.issue.id);
  });
});

describe('issue documents', () => {
  it('round-trips a document, without storage fields or trashed clips', async () => {
    const db = freshDb();
    const doc = await importedDoc(db);
    await saveIssueDocument(doc, db);
    await saveClip(clip({ id: 'gone', issueId: 'imported' }), db);
    await moveToTrash('gone', db);
    const loaded = await loadIssueDocument('imported', db);
    expect(loaded?.issue).toEqual(doc.issue);
    expect(loaded?.clips).toEqual(doc.clips);
    expect(loaded?.categories.map((c) => c.id)).toEqual([
      'new-features',
      'notable-articles',
      'tools',
      'books',
    ]);
    expect(await loadIssueDocument('nope', db)).toBeUndefined();
  });

  it('moves clips the document no longer holds to the trash', async () => {
    const db = freshDb();
    const doc = await importedDoc(db);
    await saveIssueDocument(doc, db);
    await saveIssueDocument({ ...doc, clips: doc.clips.slice(1) }, { ...db, now: at(2024, 1, 1) });
    expect((await loadIssueDocument('imported', db))?.clips.map((c) => c.id)).toEqual(['k2']);
    expect((await getClip('k1', db))?.deletedAt).toBe(at(2024, 1, 1)().toISOString());
  });

  it('writes nothing when one write fails', async () => {
    const db = freshDb();
    const doc = await importedDoc(db);
    await saveClip(clip({ id: 'old', issueId: 'imported', comment: 'before' }), db);
    const categoriesBefore = await listCategories(db);
    const issuesBefore = await listIssues(undefined, db);
    // The bad clip comes after the issue, a category and a clip were written.
    const broken = { ...clip({ id: 'x' }), id: undefined } as unknown as Clip;
    const failing = { ...doc, clips: [...doc.clips, broken] };

    await expect(saveIssueDocument(failing, db)).rejects.toMatchObject({ name: 'DataError' });

    expect(await getIssue('imported', db)).toBeUndefined();
    expect(await listIssues(undefined, db)).toEqual(issuesBefore);
    expect(await listCategories(db)).toEqual(categoriesBefore);
    expect(await getClip('k1', db)).toBeUndefined();
    expect((await getClip('old', db))?.deletedAt).toBeUndefined();
  });
});

describe('a document that takes a clip another issue holds', () => {
  it('stores that clip once, in the document, whichever way round', async () => {
    const db = freshDb();
    await saveIssue(makeIssue({ id: 'p', status: 'published' }), db);
    await saveIssue(makeIssue({ id: 'd' }), db);
    await saveClip(clip({ id: 'a', issueId: 'p' }), db);
    await saveClip(clip({ id: 'b', issueId: 'p', order: 1, url: 'https://example.com/b' }), db);
    const draft = (await loadIssueDocument('d', db)) as IssueDocument;
    await saveIssueDocument({ ...draft, clips: [clip({ id: 'a', issueId: 'd' })] }, db);
    expect((await loadIssueDocument('d', db))?.clips.map((c) => c.id)).toEqual(['a']);
    expect((await loadIssueDocument('p', db))?.clips.map((c) => c.id)).toEqual(['b']);
    // And back into a published issue: out of the draft, into the record.
    const published = (await loadIssueDocument('p', db)) as IssueDocument;
    await saveIssueDocument(
      { ...published, clips: [...published.clips, clip({ id: 'a', issueId: 'p', order: 1 })] },
      db,
    );
    expect((await loadIssueDocument('p', db))?.clips.map((c) => c.id)).toEqual(['b', 'a']);
    expect((await loadIssueDocument('d', db))?.clips).toEqual([]);
    const file = await exportBackup(db);
    expect(file.clips.map((c) => c.id).sort()).toEqual(['a', 'b']);
  });
});
