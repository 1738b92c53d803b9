import { DEFAULT_CATEGORIES } from '../digests/defaults';
import { ignore } from './migrations/ignore';
import { migrateToArchive } from './migrations/to-archive';
import { migrateToLinkKeys } from './migrations/to-link-keys';
import { migrateToStyles } from './migrations/to-styles';
import type { DigestDatabase, UpgradeTransaction } from './stores';

/**
 * Cumulative: a database at version N runs every block above N, so each later version adds
 * one `if (oldVersion < N)` block below and never edits an earlier one. Each earlier version
 * is frozen in test/unit/storage/migrations/ and upgraded from a real database with data.
 */
export function upgrade(db: DigestDatabase, oldVersion: number, tx: UpgradeTransaction): void {
  // A failed upgrade reaches the caller as the failed open; this copy needs no handler.
  tx.done.catch(ignore);
  if (oldVersion < 1) {
    const clips = db.createObjectStore('clips', { keyPath: 'id' });
    clips.createIndex('by-category', 'categoryId');
    clips.createIndex('by-issue', 'issueId');
    clips.createIndex('by-created', 'createdAt');
    clips.createIndex('by-url', 'normalizedUrl');
    db.createObjectStore('categories', { keyPath: 'id' }).createIndex('by-order', 'order');
    db.createObjectStore('issues', { keyPath: 'id' }).createIndex('by-status', 'status');
    db.createObjectStore('settings');
    db.createObjectStore('drafts', { keyPath: 'url' });
    // Seeded in the upgrade transaction, so they are written exactly once per install,
    // even when the popup and the background open the database at the same moment.
    const categories = tx.objectStore('categories');
    for (const category of DEFAULT_CATEGORIES) categories.put({ ...category }).catch(ignore);
  }
  // Data migrations run one after another: a later one reads what an earlier one wrote.
  let migrated = Promise.resolve();
  if (oldVersion < 2) {
    db.createObjectStore('styles', { keyPath: 'name' });
    if (oldVersion >= 1) migrated = migrateToStyles(tx);
  }
  if (oldVersion < 3) {
    // Indexes so a save, the badge and the trash count never read a whole issue: the
    // browser fills them from the records already stored, inside this upgrade.
    const clips = tx.objectStore('clips');
    clips.createIndex('by-position', ['issueId', 'categoryId', 'order']);
    clips.createIndex('by-deleted', 'deletedAt');
    clips.createIndex('by-issue-deleted', ['issueId', 'deletedAt']);
  }
  if (oldVersion < 4) {
    const archive = db.createObjectStore('archive', { keyPath: 'issueId' });
    archive.createIndex('by-url', 'urls', { multiEntry: true });
    archive.createIndex('by-clip', 'ids', { multiEntry: true });
    archive.createIndex('by-newest', 'newest');
    archive.createIndex('by-oldest', 'oldest');
    archive.createIndex('by-size', 'size');
    if (oldVersion >= 1) migrated = migrated.then(() => migrateToArchive(tx));
  }
  if (oldVersion < 5) {
    // New stores only: nothing stored before changes, so no data migration.
    const inbox = db.createObjectStore('inbox', { keyPath: 'id' });
    inbox.createIndex('by-digest', ['digestId', 'addedAt', 'order']);
    inbox.createIndex('by-url', ['digestId', 'normalizedUrl']);
    db.createObjectStore('feeds', { keyPath: 'id' }).createIndex('by-digest', 'digestId');
  }
  if (oldVersion < 6) {
    // The duplicate key now folds http into https, `www.` and doubled slashes: every
    // stored key is recomputed, so a link clipped before still finds its duplicates.
    if (oldVersion >= 1) migrated = migrated.then(() => migrateToLinkKeys(tx));
  }
  migrated.catch(() => {
    try {
      tx.abort();
    } catch {
      // Already ended: the failed request aborted it, or it was aborted from outside.
    }
  });
}
