import type { Category } from '../core/model';

/**
 * What the popup showed last time, kept in the extension's localStorage (synchronous, so
 * the first script can fill the category menu before the database is open): the
 * categories, the category to offer, and whether to stay open after saving. It is only a
 * picture for the first paint; the database is read right after and wins, and the
 * worker checks the category inside its write.
 */
export interface Remembered {
  categories: Category[];
  lastCategoryId: string;
  keepOpen: boolean;
}

const KEY = 'digest-clipper:popup';
const EMPTY: Remembered = { categories: [], lastCategoryId: '', keepOpen: false };

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function recall(): Remembered {
  try {
    const stored = JSON.parse(storage()?.getItem(KEY) ?? 'null') as Partial<Remembered> | null;
    if (!stored || typeof stored !== 'object') return EMPTY;
    return {
      categories: Array.isArray(stored.categories)
        ? stored.categories.filter((c) => typeof c?.id === 'string' && typeof c?.name === 'string')
        : [],
      lastCategoryId: typeof stored.lastCategoryId === 'string' ? stored.lastCategoryId : '',
      keepOpen: stored.keepOpen === true,
    };
  } catch {
    return EMPTY;
  }
}

export function remember(patch: Partial<Remembered>): void {
  try {
    storage()?.setItem(KEY, JSON.stringify({ ...recall(), ...patch }));
  } catch {
    // A full or refused localStorage only costs the next popup its early category menu.
  }
}
