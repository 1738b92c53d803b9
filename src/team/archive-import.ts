import type { ArchiveLayout, ArchiveLimits } from '../core/issue/archive-plan';
import { archivedIssueFrom, repositoryIssueId } from '../core/issue/archived-issue';
import type { HouseStyle } from '../core/markdown';
import type { IssueDocument } from '../core/model';
import { putRepositoryIssues, storedIssueIds } from '../storage/archive/repository';
import type { StorageOptions } from '../storage/db';
import { type ArchiveRead, readArchive, storedAfter } from './archive';
import type { Remote } from './transport';

/**
 * The digest's published issues, from its repository into the extension's archive: the
 * files git says are new or changed (by blob id) are read, each becomes a published issue,
 * and what was read is returned as the path -> blob id map for the next sync to start
 * from. A path the map names whose issue is no longer stored (the data was removed or a
 * backup restored since) is read again, so the map never hides a missing issue.
 */

export interface ArchiveProgress {
  phase: 'reading' | 'writing';
  done: number;
  total: number;
}

export interface ArchiveImportOptions {
  storage?: StorageOptions;
  limits?: ArchiveLimits;
  /** Issues per transaction. */
  batch?: number;
  now?: () => Date;
  onProgress?: (progress: ArchiveProgress) => void;
}

export interface ArchiveSkip {
  path: string;
  reason: ArchiveRead['skipped'][number]['reason'] | 'unreadable';
  size: number;
  /** For `unreadable`: what was wrong. */
  detail?: string;
}

/**
 * What a sync leaves for the next one: the issues' files, and the files read and set
 * aside (not UTF-8, binary, beyond a limit), each by blob id, so neither is read again
 * until it changes; the set-aside ones are listed again from here.
 */
export interface ArchiveState {
  files: Record<string, string>;
  unreadable: Record<string, { oid: string; reason: ArchiveSkip['reason']; detail?: string }>;
}

export const EMPTY_ARCHIVE_STATE: ArchiveState = { files: {}, unreadable: {} };

export interface ArchiveImport {
  /** The commit read. */
  head: string;
  /** For the next sync. */
  state: ArchiveState;
  /** Issues written (new or changed), issues left as they were, issues removed. */
  written: number;
  unchanged: number;
  removed: number;
  skipped: ArchiveSkip[];
}

export interface DigestTarget {
  id: string;
  style: HouseStyle;
}

export async function importArchive(
  remote: Remote,
  layout: ArchiveLayout,
  digest: DigestTarget,
  stored: ArchiveState,
  options: ArchiveImportOptions = {},
): Promise<ArchiveImport> {
  const idOf = (path: string) => repositoryIssueId(digest.id, path);
  const present = await storedIssueIds(Object.keys(stored.files).map(idOf), options.storage);
  const kept: Record<string, string> = {};
  for (const [path, oid] of Object.entries(stored.files)) {
    if (present.has(idOf(path))) kept[path] = oid;
  }
  for (const [path, { oid }] of Object.entries(stored.unreadable)) kept[path] = oid;
  const read = await readArchive(remote, layout, kept, {
    ...(options.limits ? { limits: options.limits } : {}),
    onProgress: (done, total) => options.onProgress?.({ phase: 'reading', done, total }),
  });
  const skipped: ArchiveSkip[] = read.skipped.map(({ oid: _oid, ...skip }) => skip);
  const unreadable: ArchiveState['unreadable'] = {};
  for (const { path, oid, reason } of read.skipped) if (oid) unreadable[path] = { oid, reason };
  // Set aside before and unchanged since: listed again, not read again.
  for (const file of read.unchanged) {
    const before = stored.unreadable[file.path];
    if (!before) continue;
    unreadable[file.path] = before;
    skipped.push({ path: file.path, size: file.size, ...before });
  }
  const docs: IssueDocument[] = [];
  for (const file of read.files) {
    const made = archivedIssueFrom(file, {
      digestId: digest.id,
      style: digest.style,
      ...(options.now ? { now: options.now } : {}),
    });
    if (made.ok) docs.push(made.value);
    else {
      unreadable[file.path] = { oid: file.oid, reason: 'unreadable', detail: made.error };
      skipped.push({ path: file.path, reason: 'unreadable', size: file.size, detail: made.error });
    }
  }
  const removed = read.removed.map(idOf);
  const size = Math.max(1, options.batch ?? 50);
  const total = docs.length;
  options.onProgress?.({ phase: 'writing', done: 0, total });
  for (let start = 0; start < total || (start === 0 && removed.length > 0); start += size) {
    const slice = docs.slice(start, start + size);
    await putRepositoryIssues(digest.id, slice, start === 0 ? removed : [], options.storage);
    options.onProgress?.({ phase: 'writing', done: Math.min(total, start + size), total });
  }
  const files = storedAfter(read);
  for (const path of Object.keys(unreadable)) delete files[path];
  skipped.sort((a, b) => a.path.localeCompare(b.path));
  return {
    head: read.head,
    state: { files, unreadable },
    written: docs.length,
    unchanged: read.unchanged.filter((file) => !stored.unreadable[file.path]).length,
    removed: read.removed.length,
    skipped,
  };
}
