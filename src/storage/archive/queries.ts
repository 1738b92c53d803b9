import { newestFirst } from '../../core/search';
import type { ArchivedIssue, StoredClip } from '../schema/stores';

/** Questions about the whole archive, answered from its small indexes. */

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
