import type { Category, Clip, Issue } from '../core/model';
import { allArchived } from './archive/archive';
import { countArchived, withNewestArchived } from './archive/queries';
import { toClip } from './clips/clips';
import { type StorageOptions, transact } from './db';
import type { DigestDB, StoredClip } from './schema/stores';

export interface SearchData {
  clips: Clip[];
  issues: Issue[];
  categories: Category[];
}

/**
 * Everything the search panel filters, read once (one `getAll` per store, in one
 * transaction) and then searched in memory (core/search.ts); trashed clips are left out.
 */
export async function loadSearchData(options: StorageOptions = {}): Promise<SearchData> {
  const stores = ['clips', 'issues', 'categories', 'archive'] as const;
  return transact(options, stores, 'readonly', async (tx) => {
    const [stored, archived, issues, categories] = await Promise.all([
      tx.objectStore('clips').getAll(),
      allArchived(tx.objectStore('archive')),
      tx.objectStore('issues').getAll(),
      tx.objectStore('categories').index('by-order').getAll(),
    ]);
    const clips = [...stored.filter((clip) => !clip.deletedAt), ...archived].map(toClip);
    return { clips, issues, categories };
  });
}

const byId = (record: { id: string }) => record.id;
const byIssue = (record: { issueId: string }) => record.issueId;

/**
 * Every record of a store keyed by string (`keyOf` a record), `size` at a time, each read
 * in its own transaction.
 */
async function readInChunks<S extends 'clips' | 'issues' | 'archive'>(
  store: S,
  size: number,
  options: StorageOptions,
  keyOf: (record: DigestDB[S]['value']) => string,
  onChunk: (batch: DigestDB[S]['value'][]) => void,
): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const batch = await transact(options, [store], 'readonly', (tx) =>
      tx.objectStore(store).getAll(range, size),
    );
    onChunk(batch);
    if (batch.length < size) return;
    const last = batch.at(-1);
    after = last && keyOf(last);
  }
}

/**
 * Everything the search filters, like `loadSearchData`, but in chunks (`size` clips, a
 * hundredth as many published issues' records, or a tenth as many issues, whose frozen
 * Markdown weighs more), each in its own transaction:
 * the page stays responsive between them and shows how far it got (`onProgress`: clips
 * outside the trash plus issues read so far). A write in between is announced, and the
 * search then reads again.
 */
export async function loadSearchDataInChunks(
  onProgress: (read: number) => void,
  options: StorageOptions = {},
  size = 1000,
): Promise<SearchData> {
  const clips: Clip[] = [];
  const issues: Issue[] = [];
  await readInChunks('clips', size, options, byId, (batch) => {
    for (const clip of batch) if (!clip.deletedAt) clips.push(toClip(clip));
    onProgress(clips.length);
  });
  // A published issue's record holds a whole issue's clips: fewer records per chunk.
  const records = Math.max(1, Math.floor(size / 100));
  await readInChunks('archive', records, options, byIssue, (batch) => {
    for (const record of batch) for (const clip of record.clips) clips.push(toClip(clip));
    onProgress(clips.length);
  });
  await readInChunks('issues', Math.max(1, Math.floor(size / 10)), options, byId, (batch) => {
    issues.push(...batch);
    onProgress(clips.length + issues.length);
  });
  const categories = await transact(options, ['categories'], 'readonly', (tx) =>
    tx.objectStore('categories').index('by-order').getAll(),
  );
  return { clips, issues, categories };
}

/** What the search shows before anything is typed: the newest clips. */
export interface SearchStart {
  /** The newest clips outside the trash, newest first, at most `limit`. */
  clips: Clip[];
  /** The issues those clips are in. */
  issues: Issue[];
  categories: Category[];
}

/** How much the search covers. */
export interface SearchCounts {
  /** Clips outside the trash, in every issue. */
  total: number;
  /** How many issues there are in all (what the full read reads besides the clips). */
  issueCount: number;
}

/**
 * The search's first screen without reading every clip: only the newest records through
 * the time index (a key cursor jumps to the `limit`-th newest, one `getAll` reads from
 * there on), plus the few issues they name (`newest`); then, in the same transaction, how
 * many there are (`counts`). The counts come second because Chromium counts a store by
 * walking it, which took most of what opening the search used to wait for. The whole
 * index is read afterwards, while the editor looks at this.
 */
export function loadSearchStart(
  limit: number,
  options: StorageOptions = {},
): { newest: Promise<SearchStart>; counts: Promise<SearchCounts> } {
  let show: (start: SearchStart) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const newest = new Promise<SearchStart>((resolve, reject) => {
    show = resolve;
    fail = reject;
  });
  const stores = ['clips', 'issues', 'categories', 'archive'] as const;
  const counts = transact(options, stores, 'readonly', async (tx) => {
    const store = tx.objectStore('clips');
    const archive = tx.objectStore('archive');
    const byCreated = store.index('by-created');
    // The cursor opens with the rest: each step here is a round trip to the browser.
    const [trashed, categories, first] = await Promise.all([
      store.index('by-deleted').count(),
      tx.objectStore('categories').index('by-order').getAll(),
      byCreated.openKeyCursor(null, 'prev'),
    ]);
    let live: StoredClip[] = [];
    let cursor = first;
    // Trashed clips among the newest leave fewer than `limit`: reach further back.
    for (let reach = limit + trashed; ; reach *= 2) {
      const edge = cursor && reach > 1 ? await cursor.advance(reach - 1) : cursor;
      const range = edge ? IDBKeyRange.lowerBound(edge.key) : undefined;
      const stored = await byCreated.getAll(range);
      live = stored.filter((clip) => !clip.deletedAt);
      if (!edge || live.length >= limit) break;
      cursor = await byCreated.openKeyCursor(null, 'prev');
    }
    // Published issues' clips join from their records, newest record first.
    const newestClips = await withNewestArchived(archive.index('by-newest'), live, limit);
    const clips = newestClips.map(toClip);
    const ids = [...new Set(clips.map((clip) => clip.issueId))];
    const issues = tx.objectStore('issues');
    const found = await Promise.all(ids.map((id) => issues.get(id)));
    show({ clips, issues: found.filter((issue): issue is Issue => !!issue), categories });
    const [all, archived, issueCount] = await Promise.all([
      store.count(),
      countArchived(archive.index('by-size')),
      issues.count(),
    ]);
    return { total: all - trashed + archived, issueCount };
  });
  // A failure before the newest were read fails both; after it, only the counts. Marked
  // handled here: a caller that awaits only the counts hears of a failure from them.
  counts.catch(fail);
  newest.catch(() => undefined);
  return { newest, counts };
}
