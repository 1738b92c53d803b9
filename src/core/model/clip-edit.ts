import type { Clip } from './';

/**
 * Edits from the workspace, and how two workspaces' edits meet. Each save says
 * what the editor saw when they started (`base`); a field another window changed since
 * then, to something else than this save writes, is a conflict for the editor to settle.
 * Fields nobody else touched merge, so two people editing different fields of one clip
 * both keep their work and neither is overwritten silently.
 */

export const CLIP_FIELDS = ['heading', 'url', 'pageTitle', 'description', 'comment'] as const;
export type ClipField = (typeof CLIP_FIELDS)[number];
/** An edit: the fields above, and the house style's own item fields as the whole `extra`. */
export type ClipPatch = Partial<Pick<Clip, ClipField | 'extra'>>;

/** What the editor loaded: the record's `updatedAt` and the values of the edited fields. */
export interface EditBase<T> {
  updatedAt: string;
  values: Partial<T>;
}

/**
 * Two values of a field are the same: equal text, or records (a clip's `extra`) with the
 * same entries in any order, since a record read back is never the object that was sent;
 * a record with no entries is the same as none.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  const entries = (v: unknown) =>
    v && typeof v === 'object'
      ? JSON.stringify(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v;
  const [x, y] = [entries(a), entries(b)].map((v) => (v === '[]' ? undefined : v));
  return x === y;
}

/** Fields of the patch that another writer changed since `base`, to a different value. */
export function conflictingFields<T extends { updatedAt: string }>(
  stored: T,
  base: EditBase<NoInfer<T>>,
  patch: Partial<NoInfer<T>>,
): (keyof T)[] {
  if (stored.updatedAt === base.updatedAt) return [];
  return (Object.keys(patch) as (keyof T)[]).filter(
    (key) =>
      key in base.values &&
      !sameValue(stored[key], base.values[key]) &&
      !sameValue(stored[key], patch[key]),
  );
}

/**
 * The clip with the patch applied. An imported clip keeps its source: the source carries a
 * checksum of the fields it was read as, so the renderer writes the edit in the house style
 * (in the item's own shape) as soon as any field differs, and nothing here has to know
 * which fields an item's text shows.
 */
export function applyClipEdit(clip: Clip, patch: ClipPatch): Clip {
  return { ...clip, ...patch };
}
