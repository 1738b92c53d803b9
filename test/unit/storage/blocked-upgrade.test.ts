import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';

// An upgrade needs a newer schema than the open tab's: this build pretends to be one
// version ahead of the tab's (the database is never reached, so nothing is upgraded).
const TAB_VERSION = vi.hoisted(() => ({ value: 0 }));
vi.mock('../../../src/storage/schema/stores', async (original) => {
  const real = await original<typeof import('../../../src/storage/schema/stores')>();
  TAB_VERSION.value = real.DB_VERSION;
  return { ...real, DB_VERSION: real.DB_VERSION + 1 };
});

describe('an upgrade blocked by a tab of the previous version', () => {
  it('fails with which tabs to close instead of hanging, and a save fails too', async () => {
    const { OPEN_TIMING, openDatabase, transact } = await import('../../../src/storage/db');
    // Short waits keep the test quick; without any limit the open would hang forever.
    Object.assign(OPEN_TIMING ?? {}, { blockedGraceMs: 50 });
    const name = `blocked-${crypto.randomUUID()}`;
    // The old tab: a connection of the previous version that ignores versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, TAB_VERSION.value);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const failure = await openDatabase(name).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'StorageUnavailableError', reason: 'blocked' });
    expect((failure as Error).message).toMatch(/Close the other Digest Clipper tabs/);
    const save = await transact({ dbName: name }, ['drafts'], 'readwrite', async () => 1).catch(
      (error: unknown) => error,
    );
    expect(save).toMatchObject({ reason: 'blocked' });
    old.close();
  });

  it('an open that never settles is given up on after the timeout', async () => {
    const { OPEN_TIMING, openDatabase } = await import('../../../src/storage/db');
    Object.assign(OPEN_TIMING ?? {}, { blockedGraceMs: 60_000, timeoutMs: 50 });
    const name = `stuck-${crypto.randomUUID()}`;
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, TAB_VERSION.value);
      request.onsuccess = () => resolve(request.result);
    });
    await expect(openDatabase(name)).rejects.toMatchObject({ reason: 'blocked' });
    old.close();
  });
});
