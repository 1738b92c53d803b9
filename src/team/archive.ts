import './buffer';
import * as git from 'isomorphic-git';
import {
  ARCHIVE_LIMITS,
  type ArchiveLayout,
  type ArchiveLimits,
  type PlannedFile,
  planArchive,
  type SkipReason,
  type TreeEntry,
} from '../core/issue/archive-plan';
import { archiveFolder } from '../core/markdown';
import { type Checkout, checkout, type Remote } from './git';

/**
 * The published issues of a digest's repository, read from its base branch: a shallow
 * clone without a checkout (the files stay packed in memory), the archive folders listed
 * with each file's blob id, and only the files the plan names read and decoded. What an
 * earlier read stored as path -> blob id decides what is read again (core/issue/archive-plan.ts).
 */

export interface ArchiveFile extends PlannedFile {
  text: string;
}

export interface ArchiveRead {
  /** The commit read. */
  head: string;
  /** New or changed issues, as text. */
  files: ArchiveFile[];
  unchanged: PlannedFile[];
  removed: string[];
  /** Left out, with why; `oid` for a file read and then set aside (not text, not UTF-8). */
  skipped: {
    path: string;
    reason: SkipReason | 'notUtf8' | 'binary';
    size: number;
    oid?: string;
  }[];
}

export interface ArchiveOptions {
  limits?: ArchiveLimits;
  /** Called after each file read: how many of how many. */
  onProgress?: (done: number, total: number) => void;
}

const FILE_MODES = new Set([0o100644, 0o100755]);
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Whether a folder of the tree may hold archive files: on the way to one, or inside one. */
const wanted = (path: string, folders: string[]) =>
  folders.some((folder) => folder.startsWith(`${path}/`) || `${path}/`.startsWith(folder));

/** Regular files under the archive folders, with their blob ids and sizes. */
async function listTree(work: Checkout, folders: string[]): Promise<TreeEntry[]> {
  const entries = await git.walk({
    fs: work.fs,
    dir: work.dir,
    trees: [git.TREE({ ref: 'HEAD' })],
    map: async (path, [entry]) => {
      if (path === '.') return undefined;
      if (!entry) return null;
      const type = await entry.type();
      // null prunes a folder: the rest of the repository is never walked.
      if (type === 'tree') return wanted(path, folders) ? undefined : null;
      if (type !== 'blob' || !FILE_MODES.has(await entry.mode())) return undefined;
      if (!folders.some((folder) => path.startsWith(folder))) return undefined;
      const oid = await entry.oid();
      const size = (await entry.content())?.byteLength ?? 0;
      return { path, oid, size };
    },
  });
  return (entries as (TreeEntry | undefined)[]).flat(Infinity).filter(Boolean) as TreeEntry[];
}

export async function readArchive(
  remote: Remote,
  layout: ArchiveLayout,
  stored: Readonly<Record<string, string>>,
  options: ArchiveOptions = {},
): Promise<ArchiveRead> {
  const work = await checkout(remote, { files: false });
  const folders = layout.archive.map(archiveFolder).filter(Boolean);
  const plan = planArchive(
    await listTree(work, folders),
    stored,
    layout,
    options.limits ?? ARCHIVE_LIMITS,
  );
  const read: ArchiveRead = {
    head: work.head,
    files: [],
    unchanged: plan.unchanged,
    removed: plan.removed,
    skipped: [...plan.skipped],
  };
  for (const [index, file] of plan.read.entries()) {
    const { blob } = await git.readBlob({ fs: work.fs, dir: work.dir, oid: file.oid });
    const { path, size, oid } = file;
    if (blob.includes(0)) read.skipped.push({ path, reason: 'binary', size, oid });
    else {
      try {
        read.files.push({ ...file, text: decoder.decode(blob) });
      } catch {
        read.skipped.push({ path, reason: 'notUtf8', size, oid });
      }
    }
    options.onProgress?.(index + 1, plan.read.length);
  }
  read.skipped.sort((a, b) => a.path.localeCompare(b.path));
  return read;
}

/** The path -> blob id map to store after a read: what the archive now holds. */
export function storedAfter(read: ArchiveRead): Record<string, string> {
  const map: Record<string, string> = {};
  for (const file of [...read.unchanged, ...read.files]) map[file.path] = file.oid;
  return map;
}
