import type { Category } from '../../core/model';
import { type StorageOptions, transact } from '../db';
import { ofDigest, readCurrentDigest } from '../digests/digests';

export { DEFAULT_CATEGORIES } from '../digests/defaults';

/**
 * The categories of a digest (by default the current one) in their order; a new install
 * holds `DEFAULT_CATEGORIES` in its first digest.
 */
export async function listCategories(
  options: StorageOptions & { digestId?: string } = {},
): Promise<Category[]> {
  return transact(options, ['categories', 'settings'], 'readonly', async (tx) => {
    const digestId = options.digestId ?? (await readCurrentDigest(tx.objectStore('settings'))).id;
    return ofDigest(await tx.objectStore('categories').index('by-order').getAll(), digestId);
  });
}

export async function saveCategory(category: Category, options: StorageOptions = {}) {
  await transact(options, ['categories'], 'readwrite', async (tx) => {
    await tx.objectStore('categories').put(category);
  });
}

/**
 * Gives the listed categories positions 0, 1, 2... in one transaction, so a reorder is
 * never half applied. Categories not listed keep their place after them; unknown ids are
 * ignored. Resolves to the new order.
 */
export async function reorderCategories(ids: string[], options: StorageOptions = {}) {
  return transact(options, ['categories', 'settings'], 'readwrite', async (tx) => {
    const store = tx.objectStore('categories');
    const digest = await readCurrentDigest(tx.objectStore('settings'));
    const all = ofDigest(await store.index('by-order').getAll(), digest.id);
    const rank = (category: Category) => {
      const index = ids.indexOf(category.id);
      return index === -1 ? ids.length + category.order : index;
    };
    const ordered = all.sort((a, b) => rank(a) - rank(b)).map((c, order) => ({ ...c, order }));
    for (const category of ordered) await store.put(category);
    return ordered;
  });
}
