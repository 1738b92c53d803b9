import { type Category, type Clip, categoryLabel, type IdGenerator, type Issue } from '../model';
import { byOrder, nextOrder, orderedCategories } from '../model/order';

/**
 * Categories are matched by label, not id: two editors who each created "🧪 Testing" have
 * two ids for one section. The comparison ignores case, spacing, Unicode composition and
 * the emoji variation selector (U+FE0F), which some keyboards add and others do not.
 */
export function labelKey(category: Pick<Category, 'emoji' | 'name'>): string {
  return categoryLabel(category, 'markdown')
    .normalize('NFC')
    .replace(/\uFE0F/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface CategoryMatch {
  /** Our category id for one of theirs. */
  idFor(theirId: string): string;
  /** Their categories we did not have, appended after ours in their order. */
  added: Category[];
  /** Our issue with the added categories listed and their section text filled in. */
  issue(ours: Issue): Issue;
}

/**
 * Only the categories their issue uses (a clip or section text in it) come over; the rest
 * of a teammate's workspace would only clutter ours, and empty sections are not rendered.
 */
export function matchCategories(
  base: { categories: Category[] },
  incoming: { issue: Issue; categories: Category[] },
  theirClips: Clip[],
  newId: IdGenerator,
): CategoryMatch {
  const ours = new Map<string, string>();
  for (const category of [...base.categories].sort(byOrder)) {
    if (!ours.has(labelKey(category))) ours.set(labelKey(category), category.id);
  }
  const usedIds = new Set(base.categories.map((c) => c.id));
  const used = new Set(theirClips.map((clip) => clip.categoryId));
  for (const [id, text] of Object.entries(incoming.issue.sectionText)) if (text) used.add(id);

  const mapping = new Map<string, string>();
  const added: Category[] = [];
  let order = nextOrder(base.categories);
  for (const theirs of orderedCategories(incoming.issue, incoming.categories)) {
    if (!used.has(theirs.id)) continue;
    const match = ours.get(labelKey(theirs));
    if (match !== undefined) {
      mapping.set(theirs.id, match);
      continue;
    }
    const id = usedIds.has(theirs.id) ? newId() : theirs.id;
    usedIds.add(id);
    const category = { id, emoji: theirs.emoji, name: theirs.name, order: order++ };
    added.push(category);
    ours.set(labelKey(category), id);
    mapping.set(theirs.id, id);
  }

  const idFor = (theirId: string) => {
    const id = mapping.get(theirId);
    // A clip's category is always in the file (parseBackup checks references).
    if (id === undefined) throw new Error(`category "${theirId}" is not in the incoming file`);
    return id;
  };

  const issue = (current: Issue): Issue => {
    const listed = new Set(current.categoryOrder);
    const newOrder = added.map((c) => c.id).filter((id) => !listed.has(id));
    const sectionText = { ...current.sectionText };
    let textAdded = false;
    for (const [theirId, text] of Object.entries(incoming.issue.sectionText)) {
      const id = mapping.get(theirId);
      if (!text || id === undefined || (Object.hasOwn(sectionText, id) && sectionText[id])) {
        continue;
      }
      sectionText[id] = text;
      textAdded = true;
    }
    if (newOrder.length === 0 && !textAdded) return current;
    return { ...current, categoryOrder: [...current.categoryOrder, ...newOrder], sectionText };
  };

  return { idFor, added, issue };
}
