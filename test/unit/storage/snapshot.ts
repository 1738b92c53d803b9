import { counterIds } from '../../../src/core/model';
import { ALL_STORES } from '../../../src/storage/backup/backup';
import { addClip, saveClip } from '../../../src/storage/clips/clips';
import { savePendingComment } from '../../../src/storage/clips/pending-comments';
import { moveToTrash } from '../../../src/storage/clips/trash';
import { openDatabase } from '../../../src/storage/db';
import { setSetting } from '../../../src/storage/digests/settings';
import { saveIssue } from '../../../src/storage/issues/issues';
import { recordBackup, setBackupReminderDays } from '../../../src/storage/persistence';
import { makeClip, makeIssue } from '../helpers/backup-data';
import { at } from './fresh-db';

/** Every record of every store with its key, read straight from IndexedDB. */
export async function snapshot(dbName: string) {
  const db = await openDatabase(dbName);
  const result: Record<string, Array<[IDBValidKey, unknown]>> = {};
  for (const name of ALL_STORES) {
    const keys = await db.getAllKeys(name);
    const values = await db.getAll(name);
    result[name] = keys.map((key, index) => [key, values[index]]);
  }
  return result;
}

/**
 * A database with something in every store, written through the storage API the way the
 * extension writes it: two issues, a clip in the trash, a draft, settings of all kinds.
 */
export async function seed(db: { dbName: string }) {
  const ids = counterIds('seed');
  await saveIssue(makeIssue({ id: 'draft-1', title: 'Digest {number}', number: 7 }), db);
  await saveIssue(
    makeIssue({ id: 'old', status: 'published', publishedMarkdown: '# Old\n', date: '2024-02-01' }),
    db,
  );
  const options = { ...db, now: at(2024, 3, 2), newId: ids };
  for (const [index, url] of ['https://a.example/x', 'https://例え.jp/記事', ''].entries()) {
    await addClip(
      {
        url,
        pageTitle: `Title ${index}\u200F`,
        description: 'd',
        heading: `H${index}`,
        comment: index === 1 ? '- a\n- b  \n' : 'c',
        categoryId: 'tools',
        issueId: 'draft-1',
        clippedBy: 'Aiko',
      },
      options,
    );
  }
  await saveClip(makeClip({ id: 'old-clip', issueId: 'old', categoryId: 'new-features' }), db);
  await moveToTrash('seed-2', { ...db, now: at(2024, 3, 3) });
  await savePendingComment({ url: 'https://b.example/?utm_source=x', comment: 'typing…' }, db);
  await setSetting('clippedBy', 'Aiko', db);
  await setSetting('style', 'markdown-link', db);
  await setBackupReminderDays(30, db);
  await recordBackup({ ...db, now: at(2024, 3, 1) });
}
