import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { type LegacyClip, type LegacyIssue, upgradeLegacy } from '../core/legacy';
import type { HouseStyle } from '../core/markdown/style';
import type { Category, Clip, Issue, IssueStatus } from '../core/model';
import { archiveGroups } from './archive';
import { DEFAULT_CATEGORIES, type Settings } from './defaults';

export const DB_NAME = 'digest-clipper';
export const DB_VERSION = 4;

/** A clip as stored: its duplicate key, and `deletedAt` while it sits in the trash. */
export type StoredClip = Clip & { normalizedUrl: string; deletedAt?: string };

/**
 * A published issue's clips outside the trash, in one record: what its frozen Markdown
 * holds. Thousands of small records cost a backup restore most of its time (each record
 * and each index entry is a write of its own), so a published issue is one write. Its
 * clips' duplicate keys and ids are indexed (multi-entry), so a URL or an id is still
 * one lookup. Never empty: an issue published with no clips has no record.
 */
export interface ArchivedIssue {
  issueId: string;
  clips: StoredClip[];
  /** Each clip's `normalizedUrl`, once: the `by-url` index. */
  urls: string[];
  /** Each clip's id: the `by-clip` index. */
  ids: string[];
  /** The newest and the oldest `createdAt` of its clips. */
  newest: string;
  oldest: string;
  /**
   * How many clips it holds: the `by-size` index, so counting every archived clip reads
   * a key per published issue. Counting the `by-clip` index walks an entry per clip.
   */
  size: number;
}

/** A comment being typed in the popup, kept across popup closes; `url` is normalised. */
export interface StoredPendingComment {
  url: string;
  comment: string;
  heading?: string;
  categoryId?: string;
  updatedAt: string;
}

export interface DigestDB extends DBSchema {
  clips: {
    key: string;
    value: StoredClip;
    indexes: {
      'by-category': string;
      'by-issue': string;
      'by-created': string;
      'by-url': string;
      /** Version 3: a clip's place, so the end of a section is one reverse cursor step. */
      'by-position': [string, string, number];
      /** Version 3: only trashed clips carry `deletedAt`, so only they are in it. */
      'by-deleted': string;
      /** Version 3: the trashed clips of one issue, for counting the live ones. */
      'by-issue-deleted': [string, string];
    };
  };
  categories: { key: string; value: Category; indexes: { 'by-order': number } };
  issues: { key: string; value: Issue; indexes: { 'by-status': IssueStatus } };
  settings: { key: keyof Settings; value: Settings[keyof Settings] };
  // The store kept its first name, `drafts`: renaming a store would need a schema
  // migration and would lose comments being typed, for a word only code reads.
  drafts: { key: string; value: StoredPendingComment };
  /** The editor's own house styles, by name. */
  styles: { key: string; value: HouseStyle };
  /** Version 4: published issues' clips, one record per issue. */
  archive: {
    key: string;
    value: ArchivedIssue;
    indexes: {
      'by-url': string;
      'by-clip': string;
      'by-newest': string;
      'by-oldest': string;
      'by-size': number;
    };
  };
}

export type DigestDatabase = IDBPDatabase<DigestDB>;

/**
 * Cumulative: a database at version N runs every block above N, so each later version adds
 * one `if (oldVersion < N)` block below and never edits an earlier one. Each earlier version
 * is frozen in test/unit/storage/migrations/ and upgraded from a real database with data.
 */
export function upgrade(
  db: DigestDatabase,
  oldVersion: number,
  tx: IDBPTransaction<DigestDB, StoreNames<DigestDB>[], 'versionchange'>,
): void {
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
  migrated.catch(() => {
    try {
      tx.abort();
    } catch {
      // Already ended: the failed request aborted it, or it was aborted from outside.
    }
  });
}

/**
 * Version 4 moves each published issue's clips outside the trash into its archive record;
 * trashed clips stay in `clips`. In the upgrade transaction, so a failure leaves version 3.
 */
async function migrateToArchive(
  tx: IDBPTransaction<DigestDB, StoreNames<DigestDB>[], 'versionchange'>,
): Promise<void> {
  const clips = tx.objectStore('clips');
  const archive = tx.objectStore('archive');
  const [published, all] = await Promise.all([
    tx.objectStore('issues').index('by-status').getAllKeys('published'),
    clips.getAll(),
  ]);
  const groups = archiveGroups(all, new Set(published));
  for (const record of groups.records) archive.put(record).catch(ignore);
  for (const clip of groups.archived) clips.delete(clip.id).catch(ignore);
}

/**
 * Version 2 names each issue's house style: a preset becomes the style of that name, a
 * custom item template a style of the editor's own, an imported clip's hand-written lines
 * its source text (core/legacy.ts), and the `preset` setting the `style` setting. All in
 * the upgrade transaction, so a failure leaves version 1 as it was.
 */
function migrateToStyles(
  tx: IDBPTransaction<DigestDB, StoreNames<DigestDB>[], 'versionchange'>,
): Promise<void> {
  const issues = tx.objectStore('issues');
  const clips = tx.objectStore('clips');
  const settings = tx.objectStore('settings');
  return Promise.all([issues.getAll(), clips.getAll(), settings.get('preset' as never)]).then(
    ([oldIssues, oldClips, preset]) => {
      const upgraded = upgradeLegacy(oldIssues as LegacyIssue[], oldClips as LegacyClip[]);
      for (const issue of upgraded.issues) issues.put(issue).catch(ignore);
      upgraded.clips.forEach((clip, index) => {
        const stored = oldClips[index] as StoredClip;
        clips
          .put({
            ...clip,
            normalizedUrl: stored.normalizedUrl,
            ...(stored.deletedAt ? { deletedAt: stored.deletedAt } : {}),
          })
          .catch(ignore);
      });
      for (const style of upgraded.styles) tx.objectStore('styles').put(style).catch(ignore);
      if (typeof preset === 'string') {
        settings.put(preset as never, 'style').catch(ignore);
        settings.delete('preset' as never).catch(ignore);
      }
    },
  );
}

function ignore(): void {}
