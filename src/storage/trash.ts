import { systemClock } from '../core/model';
import type { ClipOptions } from './clips';
import { type StorageOptions, transact } from './db';
import type { StoredClip } from './schema';

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

export async function restoreFromTrash(id: string, options: StorageOptions = {}) {
  return mark(id, undefined, options);
}

/** Trashed clips, most recently deleted first. */
export async function listTrash(options: StorageOptions = {}): Promise<StoredClip[]> {
  const all = await transact(options, ['clips'], 'readonly', (tx) =>
    tx.objectStore('clips').getAll(),
  );
  return all
    .filter((clip) => clip.deletedAt)
    .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
}

/**
 * How many clips are in the trash. There is no index on `deletedAt`, so this still reads
 * every clip: the workspace asks only after its first render.
 */
export async function countTrash(options: StorageOptions = {}): Promise<number> {
  const all = await transact(options, ['clips'], 'readonly', (tx) =>
    tx.objectStore('clips').getAll(),
  );
  return all.reduce((n, clip) => (clip.deletedAt ? n + 1 : n), 0);
}

/** Deletes every trashed clip for good; resolves to how many went. */
export async function emptyTrash(options: StorageOptions = {}): Promise<number> {
  return transact(options, ['clips'], 'readwrite', async (tx) => {
    let removed = 0;
    let cursor = await tx.objectStore('clips').openCursor();
    while (cursor) {
      if (cursor.value.deletedAt) {
        await cursor.delete();
        removed++;
      }
      cursor = await cursor.continue();
    }
    return removed;
  });
}
