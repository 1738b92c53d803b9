import { describe, expect, it } from 'vitest';
import { backupFromDocument, serializeBackup } from '../../../src/core/backup';
import { counterIds } from '../../../src/core/model';
import { importBackupText } from '../../../src/storage/backup/import';
import { applyTeamMerge, previewTeamMerge } from '../../../src/storage/backup/merge';
import { listCategories } from '../../../src/storage/categories/categories';
import { saveClip } from '../../../src/storage/clips/clips';
import { loadIssueDocument } from '../../../src/storage/issues/documents';
import { saveIssue } from '../../../src/storage/issues/issues';
import { makeClip, makeDoc, makeIssue } from '../helpers/backup-data';
import { at, freshDb } from './fresh-db';
import { snapshot } from './snapshot';

const now = at(2024, 3, 8);

/** Our database: a draft with one clip, and an old published issue whose clip id is "b2". */
async function ours() {
  const db = freshDb();
  await saveIssue(makeIssue({ id: 'mine', createdAt: '2024-03-04T00:00:00.000Z' }), db);
  await saveIssue(makeIssue({ id: 'old', status: 'published' }), db);
  await saveClip(
    makeClip({
      id: 'a1',
      issueId: 'mine',
      url: 'https://a.example/x',
      comment: 'Ours.',
      clippedBy: 'Aiko',
    }),
    db,
  );
  await saveClip(makeClip({ id: 'b2', issueId: 'old', url: 'https://old.example/' }), db);
  return db;
}

const theirs = backupFromDocument({
  ...makeDoc([
    makeClip({
      id: 'b1',
      issueId: 'issue-1',
      url: 'https://a.example/x/?utm_campaign=z',
      comment: 'Theirs.',
      clippedBy: 'Ben',
    }),
    makeClip({
      id: 'b2',
      issueId: 'issue-1',
      url: 'https://b.example/',
      categoryId: 'tests',
      clippedBy: 'Ben',
    }),
  ]),
  categories: [
    { id: 'notable-articles', emoji: '👀', name: 'Notable Articles', order: 0 },
    { id: 'tests', emoji: '🧪', name: 'Tests', order: 1 },
  ],
});

describe('team merge in storage', () => {
  it('previews without writing, then applies what it previewed', async () => {
    const db = await ours();
    const before = await snapshot(db.dbName);
    const preview = await previewTeamMerge(theirs, { ...db, now, newId: counterIds('p') });
    expect(await snapshot(db.dbName)).toEqual(before);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.value.merged.map((m) => m.after.comment)).toEqual(['Ours.\n\n— Ben: Theirs.']);
    expect(preview.value.added.map((c) => [c.id, c.url])).toEqual([['p-1', 'https://b.example/']]);
    expect(preview.value.newCategories.map((c) => c.name)).toEqual(['Tests']);

    const applied = await applyTeamMerge(theirs, { ...db, now, newId: counterIds('p') });
    expect(applied.ok && applied.value.changed).toBe(true);
    const doc = await loadIssueDocument('mine', db);
    expect(doc?.clips.map((c) => [c.id, c.comment])).toEqual([
      ['a1', 'Ours.\n\n— Ben: Theirs.'],
      ['p-1', ''],
    ]);
    expect(doc?.issue.categoryOrder.at(-1)).toBe('tests');
    expect((await listCategories(db)).map((c) => c.name).at(-1)).toBe('Tests');
  });

  it('never overwrites a clip of another issue that has the same id', async () => {
    const db = await ours();
    await applyTeamMerge(theirs, { ...db, now, newId: counterIds('p') });
    const old = await loadIssueDocument('old', db);
    expect(old?.clips.map((c) => [c.id, c.url])).toEqual([['b2', 'https://old.example/']]);
  });

  it('changes nothing when the same pack is merged again', async () => {
    const db = await ours();
    await applyTeamMerge(theirs, { ...db, now, newId: counterIds('p') });
    const once = await snapshot(db.dbName);
    const text = serializeBackup(theirs);
    const again = await importBackupText(text, 'merge', {
      ...db,
      now: at(2024, 3, 9),
      newId: counterIds('q'),
    });
    expect(again.ok && again.value.mode === 'merge' && again.value.plan.changed).toBe(false);
    expect(await snapshot(db.dbName)).toEqual(once);
  });
});
