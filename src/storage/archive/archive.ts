import { normalizeUrl } from '../../core/links/normalize';
import { documentLinks } from '../../core/markdown';
import type { ArchivedIssue, StoredClip } from '../schema/stores';

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
  /** Each issue's link keys beyond its clips' (see `archiveRecord`). */
  links: ReadonlyMap<string, readonly string[]> = new Map(),
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
    const record = archiveRecord(issueId, list, links.get(issueId));
    if (record) records.push(record);
  }
  return { records, archived, rest };
}

/**
 * The archive record of an issue's clips, or undefined for none. `links` are the keys of
 * every link its published Markdown shows: those no clip has are kept and indexed beside
 * the clips' own.
 */
export function archiveRecord(
  issueId: string,
  clips: readonly StoredClip[],
  links: readonly string[] = [],
): ArchivedIssue | undefined {
  const first = clips[0];
  if (!first) return undefined;
  let newest = first.createdAt;
  let oldest = newest;
  for (const clip of clips) {
    if (clip.createdAt > newest) newest = clip.createdAt;
    if (clip.createdAt < oldest) oldest = clip.createdAt;
  }
  const own = new Set(clips.map((clip) => clip.normalizedUrl));
  const others = [...new Set(links)].filter((key) => key !== '' && !own.has(key));
  return {
    issueId,
    clips: [...clips],
    urls: [...own, ...others],
    ...(others.length ? { links: others } : {}),
    ids: clips.map((clip) => clip.id),
    newest,
    oldest,
    size: clips.length,
  };
}

/** The keys of every link an issue's published Markdown shows (none without Markdown). */
export function publishedLinks(markdown: string | undefined): string[] {
  return markdown ? documentLinks(markdown).map(normalizeUrl) : [];
}

/**
 * Writes an issue's archived clips, or removes its record when none are left. Without
 * `links`, the record keeps the links it had: moving or trashing a clip changes no link
 * the issue published.
 */
export async function putArchive(
  store: ArchiveWriter,
  issueId: string,
  clips: readonly StoredClip[],
  links?: readonly string[],
): Promise<unknown> {
  const kept = links ?? (await store.get(issueId))?.links;
  const record = archiveRecord(issueId, clips, kept);
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
  return putArchive(store, record.issueId, clips, record.links ?? []);
}

/** Every archived clip. */
export async function allArchived(store: ArchiveReader): Promise<StoredClip[]> {
  return (await store.getAll()).flatMap((record) => record.clips);
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

/** A clip an edit asked for, as the edit's transaction finds it. */
export type EditableClip =
  | { state: 'missing' }
  | { state: 'published'; clip: StoredClip }
  | { state: 'draft'; clip: StoredClip; found: FoundClip };

/**
 * A clip by id, and whether an edit may change it: gone (or trashed), frozen in a
 * published issue, or in a draft. Asked inside the edit's own transaction, so the answer
 * still holds when the edit writes.
 */
export async function locateEditable(
  clips: { get(id: string): Promise<StoredClip | undefined> },
  archive: ArchiveReader,
  issues: { get(id: string): Promise<{ status: string } | undefined> },
  id: string,
): Promise<EditableClip> {
  const found = await locateClip(clips, archive, id);
  const clip = found?.clip;
  if (!found || !clip || clip.deletedAt) return { state: 'missing' };
  if (found.record || (await issues.get(clip.issueId))?.status === 'published') {
    return { state: 'published', clip };
  }
  return { state: 'draft', clip, found };
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
