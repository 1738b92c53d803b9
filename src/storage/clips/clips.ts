import type { StoreNames } from 'idb';
import { normalizeUrl } from '../../core/links/normalize';
import {
  type Clip,
  type Clock,
  type IdGenerator,
  type Issue,
  randomId,
  systemClock,
} from '../../core/model';
import { byOrder } from '../../core/model/order';
import { allArchived, archivedByUrl, archivedOfIssue, locateClip } from '../archive/archive';
import { placeClip } from '../archive/place';
import { withNewestArchived } from '../archive/queries';
import { type ReadwriteTx, type StorageOptions, transact } from '../db';
import { CategoryMissingError, IssueNotDraftError } from '../errors';
import { fitClip } from '../fits';
import type { DigestDB, StoredClip } from '../schema/stores';

export interface ClipOptions extends StorageOptions {
  now?: Clock;
  newId?: IdGenerator;
}

/** What the popup knows when clipping; the rest is assigned on save. */
export type NewClip = Omit<Clip, 'id' | 'order' | 'createdAt' | 'updatedAt'>;

/** The stored form: the duplicate key is always recomputed, never trusted from the input. */
export function toStoredClip(clip: Clip, deletedAt?: string): StoredClip {
  const { deletedAt: _stale, ...plain } = clip as StoredClip;
  const stored: StoredClip = { ...plain, normalizedUrl: normalizeUrl(clip.url) };
  return deletedAt ? { ...stored, deletedAt } : stored;
}

/** The model's form, as rendering, export and backups expect it. */
export function toClip(stored: StoredClip): Clip {
  const { normalizedUrl: _key, deletedAt: _trashed, ...clip } = stored;
  return clip;
}

const live = (clip: StoredClip) => !clip.deletedAt;

type CategoryStore = { get(id: string): Promise<unknown> };

/**
 * Throws `CategoryMissingError` unless the category exists. Called inside the write's own
 * transaction: a category removed in the workspace a moment before cannot take a clip.
 */
export async function requireCategory(store: CategoryStore, categoryId: string): Promise<void> {
  if (!(await store.get(categoryId))) throw new CategoryMissingError(categoryId);
}

/**
 * Throws `IssueNotDraftError` unless the issue is a draft. Called inside the write's own
 * transaction, for writes that take the issue from the caller: it may have been
 * published in another window since the caller read it.
 */
export async function requireDraft(
  store: { get(id: string): Promise<Issue | undefined> },
  issueId: string,
): Promise<void> {
  if ((await store.get(issueId))?.status !== 'draft') throw new IssueNotDraftError(issueId);
}

type PositionStore = {
  index(name: 'by-position'): {
    openKeyCursor(
      range: IDBKeyRange,
      direction: IDBCursorDirection,
    ): Promise<{ key: [string, string, number] } | null>;
  };
};

/**
 * The position after the last clip of a section, from one step of a reverse cursor on the
 * position index: the same cost in a draft of 10 clips or 10,000. Trashed clips count too,
 * so a restored clip does not share a position.
 */
export async function nextOrderInSection(
  store: PositionStore,
  issueId: string,
  categoryId: string,
): Promise<number> {
  const section = IDBKeyRange.bound(
    [issueId, categoryId, -Infinity],
    [issueId, categoryId, Infinity],
  );
  const last = await store.index('by-position').openKeyCursor(section, 'prev');
  return last ? last.key[2] + 1 : 0;
}

/** Every key of one issue in an index whose keys start with the issue's id. */
const ofIssue = (issueId: string) => IDBKeyRange.bound([issueId], [issueId, []]);

/** A readwrite transaction over the stores a new clip touches, and maybe more. */
export type ClipTx<More extends StoreNames<DigestDB> = never> = ReadwriteTx<
  'clips' | 'drafts' | 'categories' | More
>;

/**
 * Writes a new clip at the end of its section and drops the page's pending comment, inside the
 * caller's transaction, after checking there that its category exists.
 */
export async function insertClip<More extends StoreNames<DigestDB> = never>(
  tx: ClipTx<More>,
  input: NewClip,
  options: ClipOptions = {},
): Promise<StoredClip> {
  const { now = systemClock, newId = randomId } = options;
  const stamp = now().toISOString();
  const clips = tx.objectStore('clips');
  // Both reads at once: each request is a round trip to the browser's database.
  const [, order] = await Promise.all([
    requireCategory(tx.objectStore('categories'), input.categoryId),
    nextOrderInSection(clips, input.issueId, input.categoryId),
  ]);
  const clip = toStoredClip({ ...input, id: newId(), order, createdAt: stamp, updatedAt: stamp });
  fitClip(clip);
  await Promise.all([clips.put(clip), tx.objectStore('drafts').delete(clip.normalizedUrl)]);
  return clip;
}

/**
 * Adds a clip at the end of its section and discards the popup's pending comment for that page, in
 * one transaction, so a closing popup cannot leave a pending comment behind for a saved clip.
 */
export async function addClip(input: NewClip, options: ClipOptions = {}): Promise<StoredClip> {
  return transact(options, ['clips', 'drafts', 'categories', 'issues'], 'readwrite', async (tx) => {
    await requireDraft(tx.objectStore('issues'), input.issueId);
    return insertClip(tx, input, options);
  });
}

/**
 * Saves a clip as given; a clip in the trash stays there. It is stored where its issue
 * says: a published issue's in that issue's archive record.
 */
export async function saveClip(clip: Clip, options: ClipOptions = {}): Promise<StoredClip> {
  const stamp = (options.now ?? systemClock)().toISOString();
  const { stored } = await transact(
    options,
    ['clips', 'archive', 'issues'],
    'readwrite',
    async (tx) => {
      const [store, archive] = [tx.objectStore('clips'), tx.objectStore('archive')];
      const [found, issue] = await Promise.all([
        locateClip(store, archive, clip.id),
        tx.objectStore('issues').get(clip.issueId),
      ]);
      const stored = toStoredClip({ ...clip, updatedAt: stamp }, found?.clip.deletedAt);
      fitClip(stored);
      const archived = await placeClip(
        store,
        archive,
        found,
        stored,
        issue?.status === 'published',
      );
      // The issue was only read.
      const wrote: StoreNames<DigestDB>[] = archived || found?.record ? ['archive'] : [];
      if (!archived || (found && !found.record)) wrote.push('clips');
      return { stored, wrote };
    },
    (result) => result.wrote,
  );
  return stored;
}

/** Any clip by id, trashed or not (check `deletedAt`), archived or not. */
export async function getClip(id: string, options: StorageOptions = {}) {
  return transact(options, ['clips', 'archive'], 'readonly', async (tx) => {
    return (await locateClip(tx.objectStore('clips'), tx.objectStore('archive'), id))?.clip;
  });
}

/** The issue's clips outside the trash, by position. */
export async function listClipsByIssue(issueId: string, options: StorageOptions = {}) {
  const all = await transact(options, ['clips', 'archive'], 'readonly', async (tx) => [
    ...(await tx.objectStore('clips').index('by-issue').getAll(issueId)),
    ...(await archivedOfIssue(tx.objectStore('archive'), issueId)),
  ]);
  return all.filter(live).sort(byOrder);
}

/**
 * Clips filed under a category across all issues, oldest first. The archive has no
 * category index, so this reads every published issue's record: a rare question.
 */
export async function listClipsByCategory(categoryId: string, options: StorageOptions = {}) {
  const all = await transact(options, ['clips', 'archive'], 'readonly', async (tx) => [
    ...(await tx.objectStore('clips').index('by-category').getAll(categoryId)),
    ...(await allArchived(tx.objectStore('archive'))).filter((c) => c.categoryId === categoryId),
  ]);
  return all.filter(live).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The latest clips outside the trash, newest first. */
export async function listRecentClips(limit = 20, options: StorageOptions = {}) {
  return transact(options, ['clips', 'archive'], 'readonly', async (tx) => {
    const found: StoredClip[] = [];
    let cursor = await tx.objectStore('clips').index('by-created').openCursor(null, 'prev');
    while (cursor && found.length < limit) {
      if (live(cursor.value)) found.push(cursor.value);
      cursor = await cursor.continue();
    }
    return withNewestArchived(tx.objectStore('archive').index('by-newest'), found, limit);
  });
}

/** Clips of the same article (same duplicate key) outside the trash, in any issue. */
export async function findClipsByUrl(url: string, options: StorageOptions = {}) {
  const key = normalizeUrl(url);
  const all = await transact(options, ['clips', 'archive'], 'readonly', async (tx) => {
    const [stored, archived] = await Promise.all([
      tx.objectStore('clips').index('by-url').getAll(key),
      archivedByUrl(tx.objectStore('archive'), key),
    ]);
    return [...stored, ...archived];
  });
  return all.filter(live);
}

/**
 * The issue's clips outside the trash (the badge), counted by two indexes: all of the
 * issue's clips less its trashed ones, plus a published issue's archived ones. No clip of
 * a draft is read, whatever its size.
 */
export async function countClips(issueId: string, options: StorageOptions = {}): Promise<number> {
  return transact(options, ['clips', 'archive'], 'readonly', async (tx) => {
    const store = tx.objectStore('clips');
    const [all, trashed, archived] = await Promise.all([
      store.index('by-issue').count(issueId),
      store.index('by-issue-deleted').count(ofIssue(issueId)),
      tx.objectStore('archive').getKey(issueId),
    ]);
    const inArchive =
      archived === undefined
        ? 0
        : (await archivedOfIssue(tx.objectStore('archive'), issueId)).length;
    return all - trashed + inArchive;
  });
}
