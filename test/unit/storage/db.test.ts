import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src/storage/db';
import {
  StorageFullError,
  StorageUnavailableError,
  storageError,
} from '../../../src/storage/errors';
import { DB_NAME, DB_VERSION } from '../../../src/storage/schema/stores';
import { freshDb } from './fresh-db';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('schema, version 6', () => {
  it('is the digest-clipper database at version 6', () => {
    expect(DB_NAME).toBe('digest-clipper');
    expect(DB_VERSION).toBe(6);
  });

  // The upgrades from real version-1 and version-2 databases are in migrations.test.ts.
  it('gives a fresh database every store and index', async () => {
    const { dbName } = freshDb();
    const db = await openDatabase(dbName);
    expect(db.version).toBe(6);
    expect([...db.objectStoreNames].sort()).toEqual([
      'archive',
      'categories',
      'clips',
      'drafts',
      'feeds',
      'inbox',
      'issues',
      'settings',
      'styles',
    ]);
    const indexes = (
      store:
        | 'clips'
        | 'categories'
        | 'issues'
        | 'settings'
        | 'drafts'
        | 'styles'
        | 'archive'
        | 'inbox'
        | 'feeds',
    ) => [...db.transaction(store).store.indexNames].sort();
    expect(indexes('clips')).toEqual([
      'by-category',
      'by-created',
      'by-deleted',
      'by-issue',
      'by-issue-deleted',
      'by-position',
      'by-url',
    ]);
    expect(indexes('categories')).toEqual(['by-order']);
    expect(indexes('issues')).toEqual(['by-status']);
    expect(indexes('settings')).toEqual([]);
    expect(indexes('drafts')).toEqual([]);
    expect(indexes('styles')).toEqual([]);
    expect(indexes('archive')).toEqual(['by-clip', 'by-newest', 'by-oldest', 'by-size', 'by-url']);
    expect(indexes('inbox')).toEqual(['by-digest', 'by-url']);
    expect(indexes('feeds')).toEqual(['by-digest']);
    const archive = db.transaction('archive').store;
    expect(archive.keyPath).toBe('issueId');
    expect(archive.index('by-url').multiEntry).toBe(true);
    expect(archive.index('by-clip').multiEntry).toBe(true);
    expect(db.transaction('clips').store.keyPath).toBe('id');
    expect(db.transaction('styles').store.keyPath).toBe('name');
    expect(await db.count('styles')).toBe(0);
    expect(db.transaction('drafts').store.keyPath).toBe('url');
    expect(db.transaction('settings').store.keyPath).toBeNull();
    expect(db.transaction('clips').store.index('by-url').keyPath).toBe('normalizedUrl');
  });
});

describe('openDatabase', () => {
  it('reuses one connection per name', async () => {
    const a = freshDb();
    const b = freshDb();
    const first = await openDatabase(a.dbName);
    expect(await openDatabase(a.dbName)).toBe(first);
    expect(await openDatabase(b.dbName)).not.toBe(first);
  });

  it('steps aside for another page deleting the database, then reconnects', async () => {
    const { dbName } = freshDb();
    const first = await openDatabase(dbName);
    // Hangs (and times out) if the open connection does not close on versionchange.
    await deleteDB(dbName);
    const second = await openDatabase(dbName);
    expect(second).not.toBe(first);
    expect(await second.count('categories')).toBe(3);
  });

  it('opens afresh after closeDatabase', async () => {
    const { dbName } = freshDb();
    const first = await openDatabase(dbName);
    await closeDatabase(dbName);
    expect(await openDatabase(dbName)).not.toBe(first);
  });

  it('explains a missing IndexedDB (storage turned off) and retries next time', async () => {
    const { dbName } = freshDb();
    const real = globalThis.indexedDB;
    vi.stubGlobal('indexedDB', undefined);
    const failure = openDatabase(dbName);
    await expect(failure).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(failure).rejects.toThrow(/private window/);
    vi.stubGlobal('indexedDB', real);
    expect((await openDatabase(dbName)).version).toBe(6);
  });

  it('leaves no half-built database when the first open fails midway', async () => {
    const { dbName } = freshDb();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(openDatabase(dbName)).rejects.toBeInstanceOf(StorageUnavailableError);
    vi.restoreAllMocks();
    const db = await openDatabase(dbName);
    expect(await db.count('categories')).toBe(3);
  });

  it('explains a database written by a newer version', async () => {
    const { dbName } = freshDb();
    (await openDB(dbName, DB_VERSION + 1)).close();
    const error = await openDatabase(dbName).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect((error as Error).message).toMatch(/newer version/);
    expect((error as Error).cause).toMatchObject({ name: 'VersionError' });
  });
});

describe('storageError', () => {
  it('turns a quota failure into StorageFullError, keeping the cause', () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    const error = storageError(quota);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/no room left/);
    expect((error as Error).cause).toBe(quota);
  });

  it('passes other failures through unchanged', () => {
    const constraint = new DOMException('dup', 'ConstraintError');
    expect(storageError(constraint)).toBe(constraint);
  });
});
