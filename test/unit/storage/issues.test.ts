import { describe, expect, it } from 'vitest';
import { counterIds } from '../../../src/core/model';
import { reorderCategories } from '../../../src/storage/categories/categories';
import { setSetting } from '../../../src/storage/digests/settings';
import {
  getCurrentDraft,
  getIssue,
  listIssues,
  localIsoDate,
  saveIssue,
} from '../../../src/storage/issues/issues';
import { at, freshDb } from './fresh-db';

describe('getCurrentDraft', () => {
  it('creates a draft from the defaults with the frozen date', async () => {
    const db = freshDb();
    const issue = await getCurrentDraft({
      ...db,
      locale: 'en',
      now: at(2024, 3, 15, 8, 5),
      newId: counterIds('issue'),
    });
    expect(issue).toEqual({
      id: 'issue-1',
      title: 'Weekly digest ({date})',
      number: null,
      date: '2024-03-15',
      header: '',
      intro: '',
      afterwordHeading: 'Afterword',
      afterword: '',
      style: 'embedly-link',
      status: 'draft',
      sectionText: {},
      categoryOrder: ['new-features', 'notable-articles', 'tools'],
      createdAt: new Date(2024, 2, 15, 8, 5).toISOString(),
      updatedAt: new Date(2024, 2, 15, 8, 5).toISOString(),
    });
    expect(await getIssue('issue-1', db)).toEqual(issue);
  });

  it('returns the existing draft instead of creating another', async () => {
    const db = freshDb();
    const ids = counterIds('issue');
    const first = await getCurrentDraft({ ...db, newId: ids, now: at(2024, 3, 15) });
    const second = await getCurrentDraft({ ...db, newId: ids, now: at(2024, 3, 22) });
    expect(second).toEqual(first);
    expect(await listIssues(undefined, db)).toHaveLength(1);
  });

  it('creates a single draft when two pages ask at once', async () => {
    const db = freshDb();
    const ids = counterIds('issue');
    const [a, b] = await Promise.all([
      getCurrentDraft({ ...db, newId: ids }),
      getCurrentDraft({ ...db, newId: ids }),
    ]);
    expect(b.id).toBe(a.id);
  });

  it('starts a new draft once the current one is published', async () => {
    const db = freshDb();
    const ids = counterIds('issue');
    const first = await getCurrentDraft({ ...db, newId: ids, now: at(2024, 3, 15) });
    await saveIssue({ ...first, status: 'published' }, db);
    const next = await getCurrentDraft({ ...db, newId: ids, now: at(2024, 3, 22) });
    expect(next.id).toBe('issue-2');
    expect(next.date).toBe('2024-03-22');
  });

  it('follows the settings and the workspace order', async () => {
    const db = freshDb();
    await setSetting('titleTemplate', 'Neco Weekly ({date}号)', db);
    await setSetting('style', 'embedly-blockquote', db);
    await reorderCategories(['tools'], db);
    const issue = await getCurrentDraft(db);
    expect(issue.title).toBe('Neco Weekly ({date}号)');
    expect(issue.style).toBe('embedly-blockquote');
    expect(issue.categoryOrder[0]).toBe('tools');
  });
});

describe('issues', () => {
  it('saves with a new updatedAt and lists newest date first, by status', async () => {
    const db = freshDb();
    const ids = counterIds('issue');
    const a = await getCurrentDraft({ ...db, newId: ids, now: at(2024, 3, 1) });
    await saveIssue({ ...a, status: 'published' }, db);
    const b = await getCurrentDraft({ ...db, newId: ids, now: at(2024, 3, 8) });
    const saved = await saveIssue({ ...b, intro: 'Hello' }, { ...db, now: at(2024, 3, 9) });
    expect(saved.updatedAt).toBe(at(2024, 3, 9)().toISOString());
    expect(await getIssue(b.id, db)).toEqual(saved);
    expect((await listIssues(undefined, db)).map((i) => i.id)).toEqual(['issue-2', 'issue-1']);
    expect((await listIssues('published', db)).map((i) => i.id)).toEqual(['issue-1']);
    expect((await listIssues('draft', db)).map((i) => i.intro)).toEqual(['Hello']);
  });

  it('uses the local calendar date', () => {
    expect(localIsoDate(new Date(2024, 0, 5, 0, 30))).toBe('2024-01-05');
    expect(localIsoDate(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
  });
});
