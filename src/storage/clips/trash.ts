import { systemClock } from '../../core/model';
import { locateClip, replaceArchived } from '../archive/archive';
import { type StorageOptions, transact } from '../db';
import type { StoredClip } from '../schema/stores';
import type { ClipOptions } from './clips';

/**
 * Trash is a mark (`deletedAt`) rather than a separate store, so a clip keeps its id,
 * issue and position: a draft's clip comes back exactly where it was, a published
 * issue's into the current draft (`restoreClip`). A published issue's clip leaves its
 * archive record for `clips`, where every trashed clip is. Resolves to false when there
 * is no such clip.
 */
export async function moveToTrash(id: string, options: ClipOptions = {}): Promise<boolean> {
  const deletedAt = (options.now ?? systemClock)().toISOString();
  return transact(options, ['clips', 'archive'], 'readwrite', async (tx) => {
    const store = tx.objectStore('clips');
    const archive = tx.objectStore('archive');
    const found = await locateClip(store, archive, id);
    if (!found) return false;
    if (found.record) await replaceArchived(archive, found.record, id, undefined);
    await store.put({ ...found.clip, deletedAt });
    return true;
  });
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
