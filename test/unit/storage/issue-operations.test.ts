import { describe, expect, it } from 'vitest';
import { importIssue } from '../../../src/core/markdown/read/import';
import { renderIssue } from '../../../src/core/markdown/write/render';
import { counterIds } from '../../../src/core/model';
import { listCategories } from '../../../src/storage/categories/categories';
import {
  addCategory,
  moveCategory,
  removeCategory,
  updateCategory,
} from '../../../src/storage/categories/edit';
import { getClip, listClipsByIssue, saveClip } from '../../../src/storage/clips/clips';
import { listTrash, moveToTrash } from '../../../src/storage/clips/trash';
import { loadIssueDocument } from '../../../src/storage/issues/documents';
import { updateIssue, updateSectionText } from '../../../src/storage/issues/edit';
import { importIntoDraft } from '../../../src/storage/issues/import-draft';
import {
  getCurrentDraft,
  getIssue,
  listIssues,
  saveIssue,
} from '../../../src/storage/issues/issues';
import { publishIssue } from '../../../src/storage/issues/publish';
import { loadSearchData } from '../../../src/storage/search';
import { readFixture } from '../helpers/golden';
import { at, clip, freshDb } from './fresh-db';

type Db = { dbName: string };
const draftOf = (db: Db) => getCurrentDraft({ ...db, now: at(2022, 7, 29), newId: () => 'd1' });

describe('categories in the workspace', () => {
  it('adds at the end of the workspace and the draft, renames, and reorders both', async () => {
    const db = freshDb();
    const draft = await draftOf(db);
    const books = await addCategory({ emoji: '📘', name: ' Books ' }, draft.id, {
      ...db,
      newId: () => 'books',
    });
    expect(books).toMatchObject({ name: 'Books', order: 3 });
    expect((await getIssue(draft.id, db))?.categoryOrder.at(-1)).toBe('books');
    await updateCategory('books', { emoji: '📚', name: 'Reading' }, db);
    expect(await moveCategory('books', -2, draft.id, db)).toEqual([
      'new-features',
      'books',
      'notable-articles',
      'tools',
    ]);
    expect((await listCategories(db)).map((c) => `${c.emoji} ${c.name}`)[1]).toBe('📚 Reading');
    expect((await getIssue(draft.id, db))?.categoryOrder[1]).toBe('books');
  });

  it('removes a category only after moving all its clips, trashed ones too', async () => {
    const db = freshDb();
    const draft = await draftOf(db);
    await saveClip(clip({ id: 'n1', issueId: draft.id, categoryId: 'notable-articles' }), db);
    await saveClip(clip({ id: 't1', issueId: draft.id, categoryId: 'tools' }), db);
    await saveClip(clip({ id: 't2', issueId: draft.id, categoryId: 'tools', order: 1 }), db);
    await moveToTrash('t2', db);
    await updateSectionText(draft.id, 'tools', 'Tool text', '', db);
    await expect(removeCategory('tools', 'tools', db)).rejects.toThrow();
    expect(await removeCategory('tools', 'notable-articles', db)).toBe(2);
    expect((await listCategories(db)).map((c) => c.id)).not.toContain('tools');
    expect(await getClip('t1', db)).toMatchObject({ categoryId: 'notable-articles', order: 1 });
    expect(await getClip('t2', db)).toMatchObject({ categoryId: 'notable-articles', order: 2 });
    const issue = await getIssue(draft.id, db);
    expect(issue?.categoryOrder).not.toContain('tools');
    expect(issue?.sectionText['notable-articles']).toBe('Tool text');
  });
});

describe('issue fields', () => {
  it('saves edits and refuses to overwrite a field changed in another window', async () => {
    const db = freshDb();
    const draft = await draftOf(db);
    const base = { updatedAt: draft.updatedAt, values: { intro: '' } };
    const first = await updateIssue(draft.id, { intro: 'Theirs' }, base, {
      ...db,
      now: at(2022, 7, 30),
    });
    expect(first.status).toBe('saved');
    expect((await updateIssue(draft.id, { intro: 'Mine' }, base, db)).status).toBe('conflict');
    expect(
      (await updateIssue(draft.id, { number: 2 }, { ...base, values: { number: null } }, db))
        .status,
    ).toBe('saved');
    expect(await getIssue(draft.id, db)).toMatchObject({ intro: 'Theirs', number: 2 });
    // The issue's house style is a field like the others (it replaced the item template).
    const restyled = await updateIssue(
      draft.id,
      { style: 'markdown-link' },
      { updatedAt: '', values: {} },
      db,
    );
    expect(restyled.status === 'saved' && restyled.value.style).toBe('markdown-link');
    await updateIssue(draft.id, { style: 'embedly-link' }, { updatedAt: '', values: {} }, db);
    expect((await getIssue(draft.id, db))?.style).toBe('embedly-link');
  });
});

describe('publishing', () => {
  it('freezes the exact Markdown and starts the next draft with carried-over clips', async () => {
    const db = freshDb();
    const draft = await draftOf(db);
    await saveIssue(
      { ...draft, title: 'W ({number})', number: 7, date: '2022-12-30', afterword: 'Bye' },
      db,
    );
    await saveClip(clip({ id: 'a', issueId: draft.id, heading: 'Kept', categoryId: 'tools' }), db);
    await saveClip(
      clip({ id: 'b', issueId: draft.id, heading: 'Later', categoryId: 'tools', order: 1 }),
      db,
    );
    const doc = await loadIssueDocument(draft.id, db);
    if (!doc) throw new Error('the draft is missing');
    const expected = renderIssue({ ...doc, clips: doc.clips.filter((c) => c.id === 'a') });
    const { published, next } = await publishIssue(draft.id, {
      ...db,
      carryOver: ['b'],
      newId: () => 'next',
      now: at(2023, 1, 1),
    });
    expect(published).toMatchObject({ status: 'published', publishedMarkdown: expected });
    expect(expected).toContain('### Kept');
    expect(expected).not.toContain('Later');
    expect(next).toMatchObject({
      id: 'next',
      number: 8,
      date: '2023-01-06',
      status: 'draft',
      afterword: '',
    });
    expect(next.title).toBe('W ({number})');
    expect((await getCurrentDraft(db)).id).toBe('next');
    expect((await listClipsByIssue('next', db)).map((c) => [c.id, c.order])).toEqual([['b', 0]]);
    expect((await listIssues('published', db)).map((i) => i.id)).toEqual([draft.id]);
    await expect(publishIssue(draft.id, db)).rejects.toThrow(/already published/);
  });
});

describe('search data and Markdown import', () => {
  it('loads every live clip of every issue for search', async () => {
    const db = freshDb();
    await saveClip(clip({ id: 'a', issueId: 'one' }), db);
    await saveClip(clip({ id: 'b', issueId: 'two' }), db);
    await saveClip(clip({ id: 'c', issueId: 'two' }), db);
    await moveToTrash('c', db);
    const data = await loadSearchData(db);
    expect(data.clips.map((c) => c.id).sort()).toEqual(['a', 'b']);
    expect(data.categories).toHaveLength(3);
  });

  it('replaces the draft with an import, reusing categories and trashing the old clips', async () => {
    const db = freshDb();
    const draft = await draftOf(db);
    await saveClip(clip({ id: 'old', issueId: draft.id }), db);
    const sample = readFixture('sample-issue.md');
    await importIntoDraft(importIssue(sample, { id: counterIds('imp') }), draft.id, db);
    const doc = await loadIssueDocument(draft.id, db);
    expect(doc && renderIssue(doc)).toBe(sample);
    expect((await listTrash(db)).map((c) => c.id)).toEqual(['old']);
    const names = (await listCategories(db)).map((c) => c.name);
    expect(names.filter((n) => n === 'New Features')).toHaveLength(1);
    expect(names).toContain('About this digest');
  });
});
