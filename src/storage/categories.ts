import type { Category } from '../core/model';
import { type StorageOptions, transact } from './db';

export { DEFAULT_CATEGORIES } from './defaults';

/** The workspace's categories in their order; a new install holds `DEFAULT_CATEGORIES`. */
export async function listCategories(options: StorageOptions = {}): Promise<Category[]> {
  return transact(options, ['categories'], 'readonly', (tx) =>
    tx.objectStore('categories').index('by-order').getAll(),
  );
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
  return transact(options, ['categories'], 'readwrite', async (tx) => {
    const store = tx.objectStore('categories');
    const all = await store.index('by-order').getAll();
    const rank = (category: Category) => {
      const index = ids.indexOf(category.id);
      return index === -1 ? ids.length + category.order : index;
    };
    const ordered = all.sort((a, b) => rank(a) - rank(b)).map((c, order) => ({ ...c, order }));
    for (const category of ordered) await store.put(category);
    return ordered;
  });
}
