import { archiveFolder, matchArchivePath, type PathMatch } from '../markdown';

/**
 * Which published issues of a digest's repository to read, given the repository's tree and
 * what an earlier sync read. Git names each file's content by its blob id, so a file whose
 * id is the one stored is unchanged and is not read again: a second sync of a 600-issue
 * archive reads only the issues that are new or changed.
 */

export interface TreeEntry {
  path: string;
  /** The blob id: the same id, the same bytes. */
  oid: string;
  size: number;
}

export interface ArchiveLayout {
  /** The edition path pattern: archive files are named as it names them. */
  edition: string;
  /** Folders of the published issues. */
  archive: readonly string[];
}

export interface ArchiveLimits {
  /** A file larger than this is no digest issue (real ones are tens of KB). */
  maxFileBytes: number;
  /** At most this many issues are kept: the newest, by the date their names carry. */
  maxFiles: number;
}

export const ARCHIVE_LIMITS: ArchiveLimits = { maxFileBytes: 2 * 1024 * 1024, maxFiles: 5_000 };

export type SkipReason = 'tooLarge' | 'tooMany' | 'notNamed';

export interface PlannedFile extends TreeEntry, PathMatch {}

export interface ArchivePlan {
  /** New or changed since the stored read: to read, newest first. */
  read: PlannedFile[];
  /** Read before with the same blob id. */
  unchanged: PlannedFile[];
  /** Read before, gone from the tree (or no longer an issue's path): to drop. */
  removed: string[];
  /** In an archive folder but not read, with why, so the editor sees what was left out. */
  skipped: { path: string; reason: SkipReason; size: number }[];
}

/** Newest first: by the date the name carries, then by path, so the order is stable. */
function newestFirst(a: PlannedFile, b: PlannedFile): number {
  const byDate = (b.date ?? '').localeCompare(a.date ?? '');
  return byDate !== 0 ? byDate : b.path.localeCompare(a.path);
}

export function planArchive(
  tree: readonly TreeEntry[],
  stored: Readonly<Record<string, string>>,
  layout: ArchiveLayout,
  limits: ArchiveLimits = ARCHIVE_LIMITS,
): ArchivePlan {
  const folders = layout.archive.map(archiveFolder).filter(Boolean);
  const plan: ArchivePlan = { read: [], unchanged: [], removed: [], skipped: [] };
  const issues: PlannedFile[] = [];
  for (const entry of tree) {
    if (!folders.some((folder) => entry.path.startsWith(folder))) continue;
    const named = matchArchivePath(layout.edition, layout.archive, entry.path);
    if (!named) {
      plan.skipped.push({ path: entry.path, reason: 'notNamed', size: entry.size });
    } else if (entry.size > limits.maxFileBytes) {
      plan.skipped.push({ path: entry.path, reason: 'tooLarge', size: entry.size });
    } else {
      issues.push({ ...entry, ...named });
    }
  }
  issues.sort(newestFirst);
  const kept = new Set<string>();
  for (const [index, file] of issues.entries()) {
    if (index >= limits.maxFiles) {
      plan.skipped.push({ path: file.path, reason: 'tooMany', size: file.size });
      continue;
    }
    kept.add(file.path);
    const same = Object.hasOwn(stored, file.path) && stored[file.path] === file.oid;
    (same ? plan.unchanged : plan.read).push(file);
  }
  plan.removed = Object.keys(stored)
    .filter((path) => !kept.has(path))
    .sort();
  plan.skipped.sort((a, b) => a.path.localeCompare(b.path));
  return plan;
}
