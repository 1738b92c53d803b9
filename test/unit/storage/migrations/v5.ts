import { openDB } from 'idb';
import { createV4Database, type V4Data } from './v4';

/**
 * Version 5 of the database, frozen: version 4 (v4.ts) and the version-5 block as it
 * shipped, which added each digest's `inbox` and its `feeds`, with plain untyped records.
 * Duplicate keys are as version 5 computed them. It must never be edited to follow the
 * current schema.
 */
export const V5 = 5;

export interface V5Data extends V4Data {
  inbox: Record<string, unknown>[];
}

export async function createV5Database(name: string, data: V5Data): Promise<void> {
  await createV4Database(name, data);
  const db = await openDB(name, V5, {
    upgrade(database) {
      const inbox = database.createObjectStore('inbox', { keyPath: 'id' });
      inbox.createIndex('by-digest', ['digestId', 'addedAt', 'order']);
      inbox.createIndex('by-url', ['digestId', 'normalizedUrl']);
      database.createObjectStore('feeds', { keyPath: 'id' }).createIndex('by-digest', 'digestId');
    },
  });
  const tx = db.transaction('inbox', 'readwrite');
  for (const candidate of data.inbox) await tx.store.put(candidate);
  await tx.done;
  db.close();
}
