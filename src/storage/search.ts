import type { Category, Clip, Issue } from '../core/model';
import { newestFirst } from '../core/search';
import { toClip } from './clips';
import { type StorageOptions, transact } from './db';
import type { DigestDB } from './db-schema';

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
  return transact(options, ['clips', 'issues', 'categories'], 'readonly', async (tx) => {
    const [stored, issues, categories] = await Promise.all([
      tx.objectStore('clips').getAll(),
      tx.objectStore('issues').getAll(),
      tx.objectStore('categories').index('by-order').getAll(),
    ]);
    const clips = stored.filter((clip) => !clip.deletedAt).map(toClip);
    return { clips, issues, categories };
  });
}

/** Every record of a store keyed by string, `size` at a time, each read in its own transaction. */
async function readInChunks<S extends 'clips' | 'issues'>(
  store: S,
  size: number,
  options: StorageOptions,
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
    after = batch.at(-1)?.id;
  }
}

/**
 * Everything the search filters, like `loadSearchData`, but in chunks (`size` clips, or a
 * tenth as many issues, whose frozen Markdown weighs more), each in its own transaction:
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
  await readInChunks('clips', size, options, (batch) => {
    for (const clip of batch) if (!clip.deletedAt) clips.push(toClip(clip));
    onProgress(clips.length);
  });
  await readInChunks('issues', Math.max(1, Math.floor(size / 10)), options, (batch) => {
    issues.push(...batch);
    onProgress(clips.length + issues.length);
  });
  const categories = await transact(options, ['categories'], 'readonly', (tx) =>
    tx.objectStore('categories').index('by-order').getAll(),
  );
  return { clips, issues, categories };
}

/** What the search shows before anything is typed: the newest clips and how many there are. */
export interface SearchStart {
  /** Clips outside the trash, in every issue. */
  total: number;
  /** The newest of them, newest first, at most `limit`. */
  clips: Clip[];
  /** The issues those clips are in. */
  issues: Issue[];
  /** How many issues there are in all (what the full read reads besides the clips). */
  issueCount: number;
  categories: Category[];
}

/**
 * The search's first screen without reading every clip: two counts, and only the newest
 * records through the time index (a key cursor jumps to the `limit`-th newest, one
 * `getAll` reads from there on), plus the few issues they name. The whole index is read
 * afterwards, while the editor looks at this.
 */
export async function loadSearchStart(
  limit: number,
  options: StorageOptions = {},
): Promise<SearchStart> {
  return transact(options, ['clips', 'issues', 'categories'], 'readonly', async (tx) => {
    const store = tx.objectStore('clips');
    const byCreated = store.index('by-created');
    const [all, trashed, issueCount, categories] = await Promise.all([
      store.count(),
      store.index('by-deleted').count(),
      tx.objectStore('issues').count(),
      tx.objectStore('categories').index('by-order').getAll(),
    ]);
    let clips: Clip[] = [];
    // Trashed clips among the newest leave fewer than `limit`: reach further back.
    for (let reach = limit + trashed; ; reach *= 2) {
      const cursor = await byCreated.openKeyCursor(null, 'prev');
      const edge = cursor && reach > 1 ? await cursor.advance(reach - 1) : cursor;
      const range = edge ? IDBKeyRange.lowerBound(edge.key) : undefined;
      const stored = await byCreated.getAll(range);
      clips = stored.filter((clip) => !clip.deletedAt).map(toClip);
      if (!edge || clips.length >= limit) break;
    }
    clips = clips.sort(newestFirst).slice(0, limit);
    const ids = [...new Set(clips.map((clip) => clip.issueId))];
    const issues = (await Promise.all(ids.map((id) => tx.objectStore('issues').get(id)))).filter(
      (issue): issue is Issue => !!issue,
    );
    return { total: all - trashed, clips, issues, issueCount, categories };
  });
}
