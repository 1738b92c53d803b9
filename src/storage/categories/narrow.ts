import type { Category, Issue } from '../../core/model';
import type { ArchivedIssue, StoredClip } from '../schema/stores';

/** What narrowing reads and writes, in the caller's transaction. */
export interface NarrowStores {
  categories: {
    getAll(): Promise<Category[]>;
    put(category: Category): Promise<unknown>;
    delete(id: string): Promise<unknown>;
  };
  clips: { index(name: 'by-category'): { count(id: string): Promise<number> } };
  archive: { getAll(): Promise<ArchivedIssue[]> };
  issues: { getAll(): Promise<Issue[]>; put(issue: Issue): Promise<unknown> };
}

/**
 * Makes `keep` the digest's sections, in that order: what setting a digest up from one of
 * its past issues means. Another section of the digest goes, unless a clip is filed under
 * it (in a draft, the trash or a published issue): a section never takes clips with it,
 * so those stay, after the kept ones, and are returned for the editor to decide about.
 */
export async function narrowSections(
  stores: NarrowStores,
  digestOf: (category: Category) => string,
  digestId: string,
  keep: readonly string[],
): Promise<Category[]> {
  const wanted = new Set(keep);
  const own = (await stores.categories.getAll()).filter((c) => digestOf(c) === digestId);
  const others = own.filter((c) => !wanted.has(c.id));
  if (!others.length && own.every((c) => c.order === keep.indexOf(c.id))) return [];
  // The archive has no category index; setting a digest up is rare enough to read it all.
  const archived = new Set<string>();
  for (const record of others.length ? await stores.archive.getAll() : []) {
    for (const clip of record.clips as StoredClip[]) archived.add(clip.categoryId);
  }
  const held: Category[] = [];
  for (const category of others.sort((a, b) => a.order - b.order)) {
    const filed = await stores.clips.index('by-category').count(category.id);
    if (filed || archived.has(category.id)) held.push(category);
    else await stores.categories.delete(category.id);
  }
  const byId = new Map(own.map((c) => [c.id, c]));
  const ordered = [...keep.map((id) => byId.get(id)), ...held].filter(
    (c): c is Category => c !== undefined,
  );
  for (const [order, category] of ordered.entries()) {
    if (category.order !== order) await stores.categories.put({ ...category, order });
  }
  const gone = new Set(others.filter((c) => !held.includes(c)).map((c) => c.id));
  if (gone.size) {
    for (const issue of await stores.issues.getAll()) {
      if (issue.status !== 'draft' || !issue.categoryOrder.some((id) => gone.has(id))) continue;
      const categoryOrder = issue.categoryOrder.filter((id) => !gone.has(id));
      await stores.issues.put({ ...issue, categoryOrder });
    }
  }
  return held;
}
