import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Category, Clip, Issue, IssueStatus } from '../core/model';
import { DEFAULT_CATEGORIES, type Settings } from './defaults';

export const DB_NAME = 'digest-clipper';
export const DB_VERSION = 1;

/** A clip as stored: its duplicate key, and `deletedAt` while it sits in the trash. */
export type StoredClip = Clip & { normalizedUrl: string; deletedAt?: string };

/** A comment being typed in the popup, kept across popup closes; `url` is normalised. */
export interface Draft {
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
    indexes: { 'by-category': string; 'by-issue': string; 'by-created': string; 'by-url': string };
  };
  categories: { key: string; value: Category; indexes: { 'by-order': number } };
  issues: { key: string; value: Issue; indexes: { 'by-status': IssueStatus } };
  settings: { key: keyof Settings; value: Settings[keyof Settings] };
  drafts: { key: string; value: Draft };
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
}

function ignore(): void {}
