import { type StoreNames, unwrap } from 'idb';
import { createBackup } from '../../core/backup';
import type { BackupFile } from '../../core/backup/schema';
import type { BackupSettings } from '../../core/backup/settings-schema';
import { normalizeUrl } from '../../core/links/normalize';
import { type Clock, type Digest, systemClock } from '../../core/model';
import { allArchived, archiveGroups, publishedLinks } from '../archive/archive';
import { countArchived } from '../archive/queries';
import { toStoredClip } from '../clips/clips';
import { type StorageOptions, transact } from '../db';
import { DEFAULT_CATEGORIES } from '../digests/defaults';
import type { DigestDB, StoredClip } from '../schema/stores';

/** Every store: a backup is the whole database, and a restore replaces all of it. */
export const ALL_STORES = [
  'clips',
  'categories',
  'issues',
  'settings',
  'drafts',
  'styles',
  'archive',
  'inbox',
  'feeds',
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
    const [stored, archived] = await Promise.all([
      tx.objectStore('clips').getAll(),
      allArchived(tx.objectStore('archive')),
    ]);
    return {
      categories: await tx.objectStore('categories').index('by-order').getAll(),
      issues: await tx.objectStore('issues').getAll(),
      // A published issue's clips come out flat, as every other clip: the grouping is how
      // this database stores them, not part of the file.
      // In key order, as one store's getAll gives them.
      clips: [...stored, ...archived]
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map(({ normalizedUrl: _key, ...clip }) => clip),
      drafts: await tx.objectStore('drafts').getAll(),
      styles: await tx.objectStore('styles').getAll(),
      // In each inbox's order; the duplicate key is recomputed on restore, as a clip's is.
      inbox: (await tx.objectStore('inbox').index('by-digest').getAll()).map(
        ({ normalizedUrl: _key, ...c }) => c,
      ),
      feeds: await tx.objectStore('feeds').getAll(),
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
  const published = new Set(file.issues.flatMap((i) => (i.status === 'published' ? [i.id] : [])));
  const links = new Map(
    file.issues.flatMap((i) =>
      i.status === 'published' ? [[i.id, publishedLinks(i.publishedMarkdown)] as const] : [],
    ),
  );
  const { records, rest } = archiveGroups(storedClips(file), published, links);
  await transact(options, ALL_STORES, 'readwrite', async (tx) => {
    // Every request is queued at once, on the raw stores: requests in one transaction run
    // in order (the clears first); awaiting each put in turn made a 10,000-clip restore
    // about three times slower, and a promise per request cost a tenth more
    // (docs/benchmarks.md). A request that fails aborts the transaction, whose end the
    // caller awaits (`transact`), and one refused on the spot throws here.
    const store = <N extends (typeof ALL_STORES)[number]>(name: N) => unwrap(tx.objectStore(name));
    for (const name of ALL_STORES) store(name).clear();
    const categories = store('categories');
    for (const category of file.categories) categories.put(category);
    const issues = store('issues');
    for (const issue of file.issues) issues.put(issue);
    const clipStore = store('clips');
    for (const clip of rest) clipStore.put(clip);
    const archive = store('archive');
    for (const record of records) archive.put(record);
    const drafts = store('drafts');
    for (const draft of file.drafts ?? []) drafts.put(draft);
    const styles = store('styles');
    for (const style of file.styles ?? []) styles.put(style);
    const inbox = store('inbox');
    for (const c of file.inbox ?? []) inbox.put({ ...c, normalizedUrl: normalizeUrl(c.url) });
    const feeds = store('feeds');
    for (const feed of file.feeds ?? []) feeds.put(feed);
    const settings = store('settings');
    if (file.digests?.length) settings.put(file.digests, 'digests');
    // Keys were checked by the settings schema; a restore keeps those this build does not
    // read too.
    for (const [key, value] of Object.entries(file.settings ?? {})) settings.put(value, key);
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
  return transact(options, ['issues', 'clips', 'archive'], 'readonly', async (tx) => {
    const [issues, clips, archived] = await Promise.all([
      tx.objectStore('issues').count(),
      tx.objectStore('clips').count(),
      countArchived(tx.objectStore('archive').index('by-size')),
    ]);
    return { issues, clips: clips + archived };
  });
}
