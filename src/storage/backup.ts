import type { StoreNames } from 'idb';
import { createBackup } from '../core/backup';
import type { BackupFile } from '../core/backup-schema';
import { type Clock, type Digest, systemClock } from '../core/model';
import type { BackupSettings } from '../core/settings-schema';
import { toStoredClip } from './clips';
import { type StorageOptions, transact } from './db';
import type { DigestDB, StoredClip } from './db-schema';
import { DEFAULT_CATEGORIES, type Settings } from './defaults';

/** Every store: a backup is the whole database, and a restore replaces all of it. */
export const ALL_STORES = [
  'clips',
  'categories',
  'issues',
  'settings',
  'drafts',
  'styles',
] as const satisfies StoreNames<DigestDB>[];

/**
 * The whole database as a backup file, read in one transaction so it is a consistent
 * snapshot: the trash (clips keep `deletedAt`), all settings, and the popup's pending comments. The
 * duplicate key `normalizedUrl` is left out; it is recomputed on import.
 */
export async function exportBackup(options: StorageOptions & { now?: Clock } = {}) {
  const contents = await transact(options, ALL_STORES, 'readonly', async (tx) => {
    const settingsStore = tx.objectStore('settings');
    const [keys, values] = await Promise.all([settingsStore.getAllKeys(), settingsStore.getAll()]);
    const settings: Record<string, unknown> = {};
    keys.forEach((key, index) => {
      settings[key] = values[index];
    });
    // The digests are records of their own in the file, not a setting.
    const digests = Array.isArray(settings.digests) ? (settings.digests as Digest[]) : undefined;
    delete settings.digests;
    const stored = await tx.objectStore('clips').getAll();
    return {
      categories: await tx.objectStore('categories').index('by-order').getAll(),
      issues: await tx.objectStore('issues').getAll(),
      clips: stored.map(({ normalizedUrl: _key, ...clip }) => clip),
      drafts: await tx.objectStore('drafts').getAll(),
      styles: await tx.objectStore('styles').getAll(),
      settings: settings as BackupSettings,
      ...(digests ? { digests } : {}),
    };
  });
  return createBackup(contents, 'backup', options.now ?? systemClock);
}

function storedClips(file: BackupFile): StoredClip[] {
  return file.clips.map(({ deletedAt, ...clip }) => toStoredClip(clip, deletedAt));
}

/**
 * Replaces everything with a validated backup (`parseBackup`), in one transaction: every
 * store is cleared and refilled, or, if any write fails, the transaction aborts and the
 * database is exactly as it was. A pack restores as a database holding just its issue.
 */
export async function restoreBackup(file: BackupFile, options: StorageOptions = {}) {
  const clips = storedClips(file);
  await transact(options, ALL_STORES, 'readwrite', async (tx) => {
    // Every request is queued at once and awaited together: requests in one transaction
    // run in order (the clears first), and awaiting each put in turn made a 10,000-clip
    // restore about three times slower (docs/benchmarks.md). A failed put still aborts all.
    const settings = tx.objectStore('settings');
    const pending: Promise<unknown>[] = [];
    try {
      for (const name of ALL_STORES) pending.push(tx.objectStore(name).clear());
      for (const category of file.categories)
        pending.push(tx.objectStore('categories').put(category));
      for (const issue of file.issues) pending.push(tx.objectStore('issues').put(issue));
      for (const clip of clips) pending.push(tx.objectStore('clips').put(clip));
      for (const draft of file.drafts ?? []) pending.push(tx.objectStore('drafts').put(draft));
      for (const style of file.styles ?? []) pending.push(tx.objectStore('styles').put(style));
      if (file.digests?.length)
        pending.push(settings.put(file.digests as never, 'digests' as keyof Settings));
      for (const [key, value] of Object.entries(file.settings ?? {})) {
        // Keys were checked by the settings schema; the store's key type lists only the
        // settings this build reads, and a restore keeps the others too.
        pending.push(settings.put(value as Settings[keyof Settings], key as keyof Settings));
      }
    } catch (error) {
      // A request refused on the spot aborts the transaction; the ones already queued then
      // fail with AbortError, which is expected and must not surface as unhandled.
      for (const request of pending) request.catch(() => undefined);
      throw error;
    }
    await Promise.all(pending);
  });
}

/**
 * "Remove all data": every store emptied in one transaction, then the default categories
 * put back, so the workspace is as after a fresh install.
 */
export async function removeAllData(options: StorageOptions = {}): Promise<void> {
  await transact(options, ALL_STORES, 'readwrite', async (tx) => {
    for (const name of ALL_STORES) await tx.objectStore(name).clear();
    for (const category of DEFAULT_CATEGORIES) {
      await tx.objectStore('categories').put({ ...category });
    }
  });
}

/** How much a restore would replace, for the confirmation. */
export async function countData(options: StorageOptions = {}) {
  return transact(options, ['issues', 'clips'], 'readonly', async (tx) => ({
    issues: await tx.objectStore('issues').count(),
    clips: await tx.objectStore('clips').count(),
  }));
}
