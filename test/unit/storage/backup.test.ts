import { describe, expect, it, vi } from 'vitest';
import { parseBackup, serializeBackup } from '../../../src/core/backup';
import { exportBackup, removeAllData, restoreBackup } from '../../../src/storage/backup/backup';
import { listCategories } from '../../../src/storage/categories/categories';
import { listTrash } from '../../../src/storage/clips/trash';
import { loadIssueDocument } from '../../../src/storage/issues/documents';
import { DEFAULTS } from '../helpers/backup-data';
import { at, freshDb } from './fresh-db';
import { seed, snapshot } from './snapshot';

describe('export -> remove all data -> import', () => {
  it('gives back an identical database, every store and key', async () => {
    const db = freshDb();
    await seed(db);
    const before = await snapshot(db.dbName);
    const text = serializeBackup(await exportBackup({ ...db, now: at(2024, 3, 9) }));
    await removeAllData(db);
    expect(await snapshot(db.dbName)).not.toEqual(before);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    await restoreBackup(parsed.value, db);
    expect(await snapshot(db.dbName)).toEqual(before);
  });

  it('restores into another profile as well (a fresh database)', async () => {
    const source = freshDb();
    await seed(source);
    const file = await exportBackup(source);
    const target = freshDb();
    await restoreBackup(file, target);
    expect(await snapshot(target.dbName)).toEqual(await snapshot(source.dbName));
  });

  it('keeps the trash and its deletion time in the file', async () => {
    const db = freshDb();
    await seed(db);
    const file = await exportBackup(db);
    expect(file.kind).toBe('backup');
    expect(file.clips.find((clip) => clip.id === 'seed-2')?.deletedAt).toBe(
      at(2024, 3, 3)().toISOString(),
    );
    expect(file.clips.some((clip) => 'normalizedUrl' in clip)).toBe(false);
    expect(file.drafts).toEqual([
      expect.objectContaining({ url: 'https://b.example/', comment: 'typing…' }),
    ]);
    expect(file.settings).toMatchObject({ clippedBy: 'Aiko', backupReminderDays: 30 });
  });
});

describe('removeAllData', () => {
  it('leaves a database as after a fresh install', async () => {
    const db = freshDb();
    await seed(db);
    await removeAllData(db);
    const all = await snapshot(db.dbName);
    expect(all.clips).toEqual([]);
    expect(all.issues).toEqual([]);
    expect(all.settings).toEqual([]);
    expect(all.drafts).toEqual([]);
    expect(await listCategories(db)).toEqual(DEFAULTS);
  });
});

describe('restoreBackup is all or nothing', () => {
  it('leaves the database as it was when a write fails halfway', async () => {
    const db = freshDb();
    await seed(db);
    const file = await exportBackup(db);
    const target = freshDb();
    await seed(target);
    const before = await snapshot(target.dbName);
    // The third clip written fails, after the stores were cleared and two clips written.
    const put = IDBObjectStore.prototype.put;
    let clipWrites = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'clips' && ++clipWrites === 3)
        throw new DOMException('disk', 'UnknownError');
      return put.apply(this, args);
    });
    await expect(restoreBackup(file, target)).rejects.toThrow('disk');
    spy.mockRestore();
    expect(clipWrites).toBe(3);
    expect(await snapshot(target.dbName)).toEqual(before);
  });

  it('puts trashed clips back in the trash, not in the issue', async () => {
    const db = freshDb();
    await seed(db);
    const file = await exportBackup(db);
    const target = freshDb();
    await restoreBackup(file, target);
    expect((await listTrash(target)).map((clip) => clip.id)).toEqual(['seed-2']);
    const doc = await loadIssueDocument('draft-1', target);
    expect(doc?.clips.map((clip) => clip.id)).toEqual(['seed-1', 'seed-3']);
  });
});
