import { newestFirst } from '../core/search';
import type { ArchivedIssue, StoredClip } from './db-schema';

/**
 * Published issues' clips, one record per issue (db-schema.ts `ArchivedIssue`): how they
 * are grouped, found and changed, inside whichever transaction holds the `archive` store.
 */

/** What reading the archive needs of its store. */
export interface ArchiveReader {
  get(issueId: string): Promise<ArchivedIssue | undefined>;
  getAll(): Promise<ArchivedIssue[]>;
  index(name: 'by-url' | 'by-clip'): {
    get(key: string): Promise<ArchivedIssue | undefined>;
    getAll(key: string): Promise<ArchivedIssue[]>;
    getAllKeys(key: string): Promise<string[]>;
    count(key?: string): Promise<number>;
  };
}

/** What changing the archive needs besides. */
export interface ArchiveWriter extends ArchiveReader {
  put(record: ArchivedIssue): Promise<unknown>;
  delete(issueId: string): Promise<unknown>;
}

/**
 * Splits clips into the archive records of `published` issues (their clips outside the
 * trash) and the rest, which stay in `clips`.
 */
export function archiveGroups(
  clips: readonly StoredClip[],
  published: ReadonlySet<string>,
): { records: ArchivedIssue[]; archived: StoredClip[]; rest: StoredClip[] } {
  const byIssue = new Map<string, StoredClip[]>();
  const rest: StoredClip[] = [];
  const archived: StoredClip[] = [];
  for (const clip of clips) {
    if (clip.deletedAt || !published.has(clip.issueId)) {
      rest.push(clip);
      continue;
    }
    archived.push(clip);
    const list = byIssue.get(clip.issueId);
    if (list) list.push(clip);
    else byIssue.set(clip.issueId, [clip]);
  }
  const records: ArchivedIssue[] = [];
  for (const [issueId, list] of byIssue) {
    const record = archiveRecord(issueId, list);
    if (record) records.push(record);
  }
  return { records, archived, rest };
}

/** The archive record of an issue's clips, or undefined for none. */
export function archiveRecord(
  issueId: string,
  clips: readonly StoredClip[],
): ArchivedIssue | undefined {
  const first = clips[0];
  if (!first) return undefined;
  let newest = first.createdAt;
  let oldest = newest;
  for (const clip of clips) {
    if (clip.createdAt > newest) newest = clip.createdAt;
    if (clip.createdAt < oldest) oldest = clip.createdAt;
  }
  return {
    issueId,
    clips: [...clips],
    urls: [...new Set(clips.map((clip) => clip.normalizedUrl))],
    ids: clips.map((clip) => clip.id),
    newest,
    oldest,
    size: clips.length,
  };
}

/** Writes an issue's archived clips, or removes its record when none are left. */
export function putArchive(
  store: ArchiveWriter,
  issueId: string,
  clips: readonly StoredClip[],
): Promise<unknown> {
  const record = archiveRecord(issueId, clips);
  return record ? store.put(record) : store.delete(issueId);
}

/** A published issue's clips (none for a draft). */
export async function archivedOfIssue(
  store: ArchiveReader,
  issueId: string,
): Promise<StoredClip[]> {
  return (await store.get(issueId))?.clips ?? [];
}

/** Every archived clip with this duplicate key, in any published issue. */
export async function archivedByUrl(
  store: ArchiveReader,
  normalizedUrl: string,
): Promise<StoredClip[]> {
  const records = await store.index('by-url').getAll(normalizedUrl);
  return records.flatMap((record) =>
    record.clips.filter((clip) => clip.normalizedUrl === normalizedUrl),
  );
}

/** An archived clip by id, with the record it is in. */
export async function findArchived(
  store: ArchiveReader,
  id: string,
): Promise<{ record: ArchivedIssue; clip: StoredClip } | undefined> {
  const record = await store.index('by-clip').get(id);
  const clip = record?.clips.find((c) => c.id === id);
  return record && clip ? { record, clip } : undefined;
}

/** Replaces one clip of a record (same id), or drops it when `next` is undefined. */
export function replaceArchived(
  store: ArchiveWriter,
  record: ArchivedIssue,
  id: string,
  next: StoredClip | undefined,
): Promise<unknown> {
  const clips = record.clips.flatMap((clip) => (clip.id !== id ? [clip] : next ? [next] : []));
  return putArchive(store, record.issueId, clips);
}

/** Every archived clip. */
export async function allArchived(store: ArchiveReader): Promise<StoredClip[]> {
  return (await store.getAll()).flatMap((record) => record.clips);
}

/** What finding the newest archived clips needs of the `by-newest` index. */
export interface NewestIndex {
  openCursor(
    range: null,
    direction: 'prev',
  ): Promise<{ value: ArchivedIssue; continue(): Promise<unknown> } | null>;
}

/**
 * The `limit` newest of `found` and the archived clips together, newest first. Records
 * are read newest first, and reading stops at the first record whose newest clip is older
 * than the `limit`-th newest so far: usually one or two records, whatever the archive's size.
 */
export async function withNewestArchived(
  index: NewestIndex,
  found: readonly StoredClip[],
  limit: number,
): Promise<StoredClip[]> {
  let pool = [...found].sort(newestFirst);
  let cursor = await index.openCursor(null, 'prev');
  while (cursor) {
    const edge = pool.length >= limit ? pool[limit - 1] : undefined;
    if (edge && cursor.value.newest < edge.createdAt) break;
    pool = [...pool, ...cursor.value.clips].sort(newestFirst).slice(0, limit);
    cursor = (await cursor.continue()) as typeof cursor;
  }
  return pool.slice(0, limit);
}

/** A clip as found: in `clips`, or in a published issue's record. */
export interface FoundClip {
  clip: StoredClip;
  record?: ArchivedIssue;
}

/** A clip by id wherever it is stored, both places asked at once. */
export async function locateClip(
  clips: { get(id: string): Promise<StoredClip | undefined> },
  archive: ArchiveReader,
  id: string,
): Promise<FoundClip | undefined> {
  const [stored, archived] = await Promise.all([clips.get(id), findArchived(archive, id)]);
  return stored ? { clip: stored } : archived;
}

/** Writes a changed clip back where it was found. */
export function rewriteClip(
  clips: { put(clip: StoredClip): Promise<unknown> },
  archive: ArchiveWriter,
  found: FoundClip,
  next: StoredClip,
): Promise<unknown> {
  return found.record
    ? replaceArchived(archive, found.record, found.clip.id, next)
    : clips.put(next);
}

/** What placing clips needs of the `clips` store. */
export interface ClipsWriter {
  put(clip: StoredClip): Promise<unknown>;
  delete(id: string): Promise<unknown>;
  index(name: 'by-issue'): { getAll(issueId: string): Promise<StoredClip[]> };
}

/**
 * Writes a clip where it belongs, taking it out of where it was (`found`): in its issue's
 * archive record when that issue is published and the clip is not in the trash, in
 * `clips` otherwise. Resolves to whether it went into the archive.
 */
export async function placeClip(
  clips: ClipsWriter,
  archive: ArchiveWriter,
  found: FoundClip | undefined,
  next: StoredClip,
  published: boolean,
): Promise<boolean> {
  const archived = published && !next.deletedAt;
  if (found?.record && archived && found.record.issueId === next.issueId) {
    await replaceArchived(archive, found.record, next.id, next);
    return true;
  }
  if (found?.record) await replaceArchived(archive, found.record, next.id, undefined);
  else if (found && archived) await clips.delete(next.id);
  if (!archived) {
    await clips.put(next);
    return false;
  }
  const others = (await archivedOfIssue(archive, next.issueId)).filter((c) => c.id !== next.id);
  await putArchive(archive, next.issueId, [...others, next]);
  return true;
}

/**
 * Puts an issue's clips where its status says: a published issue's outside the trash in
 * its archive record, a draft's in `clips`. Resolves to whether any moved.
 */
export async function placeClipsOf(
  clips: ClipsWriter,
  archive: ArchiveWriter,
  issueId: string,
  published: boolean,
): Promise<boolean> {
  if (published) {
    const loose = (await clips.index('by-issue').getAll(issueId)).filter((c) => !c.deletedAt);
    if (!loose.length) return false;
    for (const clip of loose) await clips.delete(clip.id);
    await putArchive(archive, issueId, [...(await archivedOfIssue(archive, issueId)), ...loose]);
    return true;
  }
  const archived = await archivedOfIssue(archive, issueId);
  if (!archived.length) return false;
  for (const clip of archived) await clips.put(clip);
  await archive.delete(issueId);
  return true;
}

/** What counting the archive needs of its `by-size` index. */
export interface SizeIndex {
  openKeyCursor(): Promise<{ key: number; continue(): Promise<unknown> } | null>;
}

/** How many clips the archive holds, from one index key per published issue. */
export async function countArchived(index: SizeIndex): Promise<number> {
  let total = 0;
  let cursor = await index.openKeyCursor();
  while (cursor) {
    total += cursor.key;
    cursor = (await cursor.continue()) as typeof cursor;
  }
  return total;
}
