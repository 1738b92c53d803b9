import { type IDBPTransaction, openDB, type StoreNames } from 'idb';
import { announceChange } from './changes';
import { StorageUnavailableError, storageError, storageNearlyFull, unavailable } from './errors';
import { DB_NAME, DB_VERSION, type DigestDatabase, type DigestDB } from './schema/stores';
import { upgrade } from './schema/upgrade';

/** Where every storage operation runs; tests pass a unique `dbName`. */
export interface StorageOptions {
  dbName?: string;
}

const connections = new Map<string, Promise<DigestDatabase>>();

/**
 * How long an open may wait. An upgrade waits for every older connection to close; a tab
 * opened before an update that does not let go (`blocked`) gets a short grace, and any
 * open that never settles is given up on, so a save fails with a reason instead of hanging.
 */
export const OPEN_TIMING = { blockedGraceMs: 3_000, timeoutMs: 30_000 };

const BLOCKED =
  'Digest Clipper cannot update its storage while a page of the previous version is open. ' +
  'Close the other Digest Clipper tabs and windows (the workspace, its options page), then try again; nothing was lost.';
const TIMED_OUT =
  'Digest Clipper could not open its storage in time. Close the other Digest Clipper tabs, then try again; nothing was lost.';

// Opens given up on but still waiting in IndexedDB's queue. A later open of the same
// database would queue behind it and never hear `blocked`, so it takes this one over.
const stuck = new Map<string, Promise<DigestDatabase>>();

function giveUpOn(name: string, opening: Promise<DigestDatabase>): void {
  stuck.set(name, opening);
  opening.then(
    (db) => {
      // Nobody took it over: a connection opened this late must not linger.
      if (stuck.get(name) !== opening) return;
      stuck.delete(name);
      db.close();
    },
    () => stuck.get(name) === opening && stuck.delete(name),
  );
}

async function connect(name: string, forget: () => void): Promise<DigestDatabase> {
  let giveUp: (error: Error) => void = () => {};
  const gaveUp = new Promise<never>((_, reject) => {
    giveUp = reject;
  });
  let grace: ReturnType<typeof setTimeout> | undefined;
  const blocked = () => {
    clearTimeout(grace);
    grace = setTimeout(
      () => giveUp(new StorageUnavailableError(BLOCKED, {}, 'blocked')),
      OPEN_TIMING.blockedGraceMs,
    );
  };
  const timer = setTimeout(
    () => giveUp(new StorageUnavailableError(TIMED_OUT, {}, 'blocked')),
    OPEN_TIMING.timeoutMs,
  );
  const earlier = stuck.get(name);
  stuck.delete(name);
  if (earlier) blocked();
  // Started inside a promise, so an IndexedDB that is missing altogether rejects here too.
  const opening =
    earlier ??
    Promise.resolve().then(() =>
      openDB<DigestDB>(name, DB_VERSION, {
        upgrade: (database, oldVersion, _newVersion, tx) => upgrade(database, oldVersion, tx),
        // An older page holds a connection and ignores the request to close it.
        blocked,
        // Another page wants a newer schema or to delete the database. Holding on would
        // block it forever; closing and forgetting lets the next call here reconnect.
        blocking: () => {
          forget();
          void opening.then((db) => db.close());
        },
        terminated: forget,
      }),
    );
  try {
    return await Promise.race([opening, gaveUp]);
  } catch (error) {
    if (error instanceof StorageUnavailableError) {
      giveUpOn(name, opening);
      throw error;
    }
    throw unavailable(error, await storageNearlyFull());
  } finally {
    clearTimeout(timer);
    clearTimeout(grace);
  }
}

/**
 * The one opener. Memoised per name, because opening costs a round trip per operation
 * otherwise; a connection that closes under us, or an open that failed, is forgotten so
 * the next call opens afresh.
 */
export function openDatabase(name: string = DB_NAME): Promise<DigestDatabase> {
  const cached = connections.get(name);
  if (cached) return cached;
  const forget = () => {
    if (connections.get(name) === opening) connections.delete(name);
  };
  const opening = connect(name, forget);
  connections.set(name, opening);
  opening.catch(forget);
  return opening;
}

/** Closes and forgets the connection, such as before deleting a test database. */
export async function closeDatabase(name: string = DB_NAME): Promise<void> {
  const cached = connections.get(name);
  connections.delete(name);
  const db = await cached?.catch(() => undefined);
  db?.close();
}

/**
 * A readwrite transaction over at least `Stores`: the type of a step that runs in its
 * caller's transaction, which may hold more stores than the step needs.
 */
export type ReadwriteTx<Stores extends StoreNames<DigestDB>> = IDBPTransaction<
  DigestDB,
  Stores[],
  'readwrite'
>;

/**
 * Runs one operation in one transaction and resolves after it commits (`tx.done`). The
 * body gets only the transaction, which keeps foreign awaits out: an await on anything but
 * this transaction's requests lets it auto-commit half done. If the body fails after some
 * writes were queued (a request that throws, such as a record without its key), the
 * transaction is aborted, so none of them is written. A readwrite transaction announces
 * its stores, or only those `wrote` names from the result: one whose scope is wide for its
 * reads need not wake the listeners of stores it left alone.
 */
export async function transact<
  Names extends ArrayLike<StoreNames<DigestDB>>,
  Mode extends IDBTransactionMode,
  T,
>(
  options: StorageOptions,
  stores: Names,
  mode: Mode,
  body: (tx: IDBPTransaction<DigestDB, Names, Mode>) => Promise<T>,
  wrote?: (result: T) => StoreNames<DigestDB>[],
): Promise<T> {
  const db = await openDatabase(options.dbName);
  const tx = db.transaction(stores, mode);
  try {
    const [result] = await Promise.all([body(tx), tx.done]);
    const announced = mode === 'readwrite' ? (wrote?.(result) ?? Array.from(stores)) : [];
    if (announced.length) announceChange({ db: options.dbName ?? DB_NAME, stores: announced });
    return result;
  } catch (error) {
    tx.done.catch(() => {});
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request, or already committed.
    }
    throw storageError(error);
  }
}
