import { type IDBPTransaction, openDB, type StoreNames } from 'idb';
import { announceChange } from './changes';
import { storageError, storageNearlyFull, unavailable } from './errors';
import { DB_NAME, DB_VERSION, type DigestDatabase, type DigestDB, upgrade } from './schema';

/** Where every storage operation runs; tests pass a unique `dbName`. */
export interface StorageOptions {
  dbName?: string;
}

const connections = new Map<string, Promise<DigestDatabase>>();

async function connect(name: string, forget: () => void): Promise<DigestDatabase> {
  try {
    const db: DigestDatabase = await openDB<DigestDB>(name, DB_VERSION, {
      upgrade: (database, oldVersion, _newVersion, tx) => upgrade(database, oldVersion, tx),
      // Another page wants a newer schema or to delete the database. Holding on would block
      // it forever; closing and forgetting lets the next call here reconnect.
      blocking: () => {
        forget();
        db.close();
      },
      terminated: forget,
    });
    return db;
  } catch (error) {
    throw unavailable(error, await storageNearlyFull());
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
 * Runs one operation in one transaction and resolves after it commits (`tx.done`). The
 * body gets only the transaction, which keeps foreign awaits out: an await on anything but
 * this transaction's requests lets it auto-commit half done. If the body fails after some
 * writes were queued (a request that throws, such as a record without its key), the
 * transaction is aborted, so none of them is written.
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
): Promise<T> {
  const db = await openDatabase(options.dbName);
  const tx = db.transaction(stores, mode);
  try {
    const [result] = await Promise.all([body(tx), tx.done]);
    if (mode === 'readwrite') {
      announceChange({ db: options.dbName ?? DB_NAME, stores: Array.from(stores) });
    }
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
