import type { Category, Clip, Issue } from '../core/model';
import { toClip } from './clips';
import { type StorageOptions, transact } from './db';

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
