import './buffer';
import * as git from 'isomorphic-git';
import { ARCHIVE_LIMITS, type ArchiveLayout } from '../core/issue/archive-plan';
import { locateEdition } from '../core/issue/edition-file';
import { type Checkout, checkout, type Remote } from './git';

/**
 * The edition as the repository's base branch holds it: which file it is (core's
 * locateEdition), and its text, exactly as committed. The previous edition comes with it
 * when none is open, for Start the next edition.
 */

export interface EditionText {
  path: string;
  text: string;
}

export interface EditionRead {
  /** The commit read: the base of what the editor now changes. */
  head: string;
  open: EditionText | null;
  previous: EditionText | null;
}

/** A file that is the edition but cannot be one: too large, or not UTF-8 text. */
export class EditionFileError extends Error {
  override name = 'EditionFileError';
  constructor(
    readonly path: string,
    readonly reason: 'tooLarge' | 'notUtf8' | 'binary',
    readonly size: number,
  ) {
    super(`${path}: ${reason}`);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A file of the commit as text, held to the limits of an issue file. */
export async function readText(work: Checkout, path: string): Promise<string> {
  const { blob } = await git.readBlob({
    fs: work.fs,
    dir: work.dir,
    oid: work.head,
    filepath: path,
  });
  return editionText(path, blob);
}

/** An edition file's bytes as text, or the error naming why they cannot be one. */
export function editionText(path: string, blob: Uint8Array): string {
  if (blob.byteLength > ARCHIVE_LIMITS.maxFileBytes) {
    throw new EditionFileError(path, 'tooLarge', blob.byteLength);
  }
  if (blob.includes(0)) throw new EditionFileError(path, 'binary', blob.byteLength);
  try {
    return decoder.decode(blob);
  } catch {
    throw new EditionFileError(path, 'notUtf8', blob.byteLength);
  }
}

export async function readEdition(
  remote: Remote,
  layout: ArchiveLayout,
  today: string,
): Promise<EditionRead> {
  const work = await checkout(remote, { files: false });
  const paths = await git.listFiles({ fs: work.fs, dir: work.dir, ref: work.head });
  const place = locateEdition(paths, layout, today);
  if (place.open) {
    return {
      head: work.head,
      open: { path: place.open, text: await readText(work, place.open) },
      previous: null,
    };
  }
  const previous = place.previous
    ? { path: place.previous, text: await readText(work, place.previous) }
    : null;
  return { head: work.head, open: null, previous };
}
