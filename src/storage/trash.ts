import { systemClock } from '../core/model';
import type { ClipOptions } from './clips';
import { type StorageOptions, transact } from './db';
import type { StoredClip } from './db-schema';

/**
 * Trash is a mark (`deletedAt`) rather than a separate store, so a clip keeps its id,
 * issue and position and comes back exactly where it was.
 */
async function mark(id: string, deletedAt: string | undefined, options: StorageOptions) {
  return transact(options, ['clips'], 'readwrite', async (tx) => {
    const store = tx.objectStore('clips');
    const clip = await store.get(id);
    if (!clip) return false;
    const { deletedAt: _previous, ...rest } = clip;
    await store.put(deletedAt ? { ...rest, deletedAt } : rest);
    return true;
  });
}

/** Resolves to false when there is no such clip. */
export async function moveToTrash(id: string, options: ClipOptions = {}): Promise<boolean> {
  return mark(id, (options.now ?? systemClock)().toISOString(), options);
}

/**
 * Trashed clips, most recently deleted first. Only trashed clips carry `deletedAt`, so the
 * `by-deleted` index holds exactly them, in deletion order: nothing else is read.
 */
export async function listTrash(options: StorageOptions = {}): Promise<StoredClip[]> {
  const trashed = await transact(options, ['clips'], 'readonly', (tx) =>
    tx.objectStore('clips').index('by-deleted').getAll(),
  );
  return trashed.reverse();
}

/** How many clips are in the trash: a count of the `by-deleted` index, no clip read. */
export async function countTrash(options: StorageOptions = {}): Promise<number> {
  return transact(options, ['clips'], 'readonly', (tx) =>
    tx.objectStore('clips').index('by-deleted').count(),
  );
}

/** Deletes every trashed clip for good; resolves to how many went. */
export async function emptyTrash(options: StorageOptions = {}): Promise<number> {
  return transact(options, ['clips'], 'readwrite', async (tx) => {
    let removed = 0;
    let cursor = await tx.objectStore('clips').index('by-deleted').openCursor();
    while (cursor) {
      await cursor.delete();
      removed++;
      cursor = await cursor.continue();
    }
    return removed;
  });
}
