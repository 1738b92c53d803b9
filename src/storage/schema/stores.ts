/**
 * The database's stores as they are at the current version: their records, keys and
 * indexes, typed once for every reader and writer. How an older database becomes this one
 * is in upgrade.ts and migrations/.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Candidate } from '../../core/intake/candidate';
import type { HouseStyle } from '../../core/markdown';
import type { Category, Clip, Issue, IssueStatus } from '../../core/model';
import type { Settings } from '../digests/defaults';

export const DB_NAME = 'digest-clipper';
export const DB_VERSION = 6;

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
  /**
   * Each clip's `normalizedUrl` and each of `links`, once: the `by-url` index, so the
   * duplicate check and earlier-issue links find any link the issue published.
   */
  urls: string[];
  /** The keys of the links its published Markdown shows that are no clip's (optional). */
  links?: string[];
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

/**
 * A link waiting in a digest's inbox: not part of any issue, so never in the Markdown, until
 * it is filed into a section (then it is a clip and this record is gone). A discarded one
 * stays, marked, so Undo can bring it back and a feed does not offer it again.
 */
export interface StoredCandidate extends Candidate {
  id: string;
  digestId: string;
  /** The duplicate key of `url`, as clips have it. */
  normalizedUrl: string;
  addedAt: string;
  /** Its place in the batch it came in, which shares one `addedAt`. */
  order: number;
  discardedAt?: string;
}

/** A feed a digest follows: polled on the worker's alarm, its entries offered in the inbox. */
export interface FollowedFeed {
  id: string;
  digestId: string;
  url: string;
  title: string;
  addedAt: string;
  /** Minutes between polls; a day unless the editor chose otherwise. */
  periodMinutes: number;
  lastPolledAt?: string;
  /** The validators of the last full answer, sent back so an unchanged feed costs nothing. */
  etag?: string;
  lastModified?: string;
  /** Why the last poll failed, shown in the inbox; none after a poll that worked. */
  error?: string;
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
  /** Version 5: each digest's inbox of candidates. */
  inbox: {
    key: string;
    value: StoredCandidate;
    indexes: {
      /** A digest's candidates in the order they came. */
      'by-digest': [string, string, number];
      /** One digest's candidate of a link: the duplicate check. */
      'by-url': [string, string];
    };
  };
  /** Version 5: the feeds each digest follows. */
  feeds: { key: string; value: FollowedFeed; indexes: { 'by-digest': string } };
}

export type DigestDatabase = IDBPDatabase<DigestDB>;

/** The upgrade's transaction, which the data migrations run in. */
export type UpgradeTransaction = IDBPTransaction<DigestDB, StoreNames<DigestDB>[], 'versionchange'>;
