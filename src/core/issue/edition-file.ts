import { archiveFolder, matchArchivePath, matchEditionPath, type PathMatch } from '../markdown';
import type { ArchiveLayout } from './archive-plan';

/**
 * Which file of the digest's repository is the edition being made, and which one the next
 * edition starts from. A digest with a folder of its own for the draft (This Week in
 * Rust's `draft/`) has its open edition there; one whose edition is a post from the start
 * (LWKD's `_posts/`, Productivity Weekly's `articles/`) has no such folder, and its open
 * edition is the newest one not yet out: dated today or later.
 */

export interface EditionPlace {
  /** The edition to open, if one is being made. */
  open: string | null;
  /** The newest edition or published issue: what Start the next edition steps from. */
  previous: string | null;
}

interface Named extends PathMatch {
  path: string;
}

/** Newest first: by date, then number, then path, so the choice is the same every time. */
function newestFirst(a: Named, b: Named): number {
  return (
    (b.date ?? '').localeCompare(a.date ?? '') ||
    (b.number ?? -1) - (a.number ?? -1) ||
    b.path.localeCompare(a.path)
  );
}

/** The folder of the edition pattern, as a path prefix. */
function editionFolder(pattern: string): string {
  return archiveFolder(pattern.slice(0, pattern.lastIndexOf('/') + 1).replace(/\{year\}\/$/, ''));
}

export function locateEdition(
  paths: readonly string[],
  layout: ArchiveLayout,
  today: string,
): EditionPlace {
  const editions: Named[] = [];
  const issues: Named[] = [];
  for (const path of paths) {
    const edition = matchEditionPath(layout.edition, path);
    if (edition) editions.push({ path, ...edition });
    const issue = matchArchivePath(layout.edition, layout.archive, path);
    if (issue) issues.push({ path, ...issue });
  }
  editions.sort(newestFirst);
  const folder = editionFolder(layout.edition);
  const ownFolder = !layout.archive.map(archiveFolder).some((f) => folder.startsWith(f));
  // In a folder of its own every edition is still being made; among the published ones
  // only an edition dated from today on is.
  const open =
    editions.find((edition) => ownFolder || (edition.date !== null && edition.date >= today)) ??
    null;
  const previous = [...editions, ...issues]
    .filter((file) => file.path !== open?.path)
    .sort(newestFirst)[0];
  return { open: open?.path ?? null, previous: previous?.path ?? null };
}
