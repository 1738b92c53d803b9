import {
  type Category,
  DEFAULT_DIGEST_ID,
  digestOf,
  type IdGenerator,
  randomId,
} from '../../core/model';
import { byOrder, nextOrder, orderedCategories } from '../../core/model/order';
import { putArchive } from '../archive/archive';
import { type StorageOptions, transact } from '../db';
import { ofDigest } from '../digests/digests';
import { fitCategory } from '../fits';
import type { StoredClip } from '../schema/stores';

/**
 * Category changes from the workspace. The workspace's categories and the
 * current draft's `categoryOrder` are changed together, in one transaction, so the order
 * the editor sees is the order the issue is written in.
 */

export async function addCategory(
  label: Pick<Category, 'emoji' | 'name'>,
  issueId: string,
  options: StorageOptions & { newId?: IdGenerator } = {},
): Promise<Category> {
  const id = (options.newId ?? randomId)();
  return transact(options, ['categories', 'issues'], 'readwrite', async (tx) => {
    fitCategory({ emoji: label.emoji.trim(), name: label.name.trim() });
    const store = tx.objectStore('categories');
    const issue = await tx.objectStore('issues').get(issueId);
    // A new section belongs to the digest of the issue it is added to.
    const digestId = issue ? digestOf(issue) : DEFAULT_DIGEST_ID;
    const all = ofDigest(await store.getAll(), digestId);
    const category: Category = {
      id,
      emoji: label.emoji.trim(),
      name: label.name.trim(),
      order: nextOrder(all),
      ...(digestId === DEFAULT_DIGEST_ID ? {} : { digestId }),
    };
    await store.put(category);
    if (issue) {
      const categoryOrder = orderedCategories(issue, all).map((c) => c.id);
      await tx.objectStore('issues').put({ ...issue, categoryOrder: [...categoryOrder, id] });
    }
    return category;
  });
}

/** Renames or re-emojis a category; resolves to false when it is gone. */
export async function updateCategory(
  id: string,
  label: Pick<Category, 'emoji' | 'name'>,
  options: StorageOptions = {},
): Promise<boolean> {
  return transact(options, ['categories'], 'readwrite', async (tx) => {
    const store = tx.objectStore('categories');
    const category = await store.get(id);
    if (!category) return false;
    const next = { ...category, emoji: label.emoji.trim(), name: label.name.trim() };
    fitCategory(next);
    await store.put(next);
    return true;
  });
}

/**
 * Moves a category `delta` places in the issue's order; the workspace's own order follows,
 * so the next draft starts with it. Resolves to the new order of ids.
 */
export async function moveCategory(
  id: string,
  delta: number,
  issueId: string,
  options: StorageOptions = {},
): Promise<string[]> {
  return transact(options, ['categories', 'issues'], 'readwrite', async (tx) => {
    const store = tx.objectStore('categories');
    const issue = await tx.objectStore('issues').get(issueId);
    const all = ofDigest(await store.getAll(), issue ? digestOf(issue) : DEFAULT_DIGEST_ID);
    const ids = (issue ? orderedCategories(issue, all) : all.sort(byOrder)).map((c) => c.id);
    const from = ids.indexOf(id);
    const to = Math.min(ids.length - 1, Math.max(0, from + delta));
    if (from === -1 || from === to) return ids;
    ids.splice(to, 0, ...ids.splice(from, 1));
    for (const category of all) {
      const order = ids.indexOf(category.id);
      if (category.order !== order) await store.put({ ...category, order });
    }
    if (issue) await tx.objectStore('issues').put({ ...issue, categoryOrder: ids });
    return ids;
  });
}

/**
 * Removes a category after moving every clip filed under it, in every issue and in the
 * trash, to `targetId`: a category never takes clips with it. Its section text joins the
 * target's. Resolves to how many clips moved; refuses (throws) without a real target.
 */
export async function removeCategory(
  id: string,
  targetId: string,
  options: StorageOptions = {},
): Promise<number> {
  if (id === targetId) throw new Error('Choose another category for its clips.');
  const stores = ['categories', 'issues', 'clips', 'archive'] as const;
  return transact(options, stores, 'readwrite', async (tx) => {
    const categories = tx.objectStore('categories');
    if (!(await categories.get(targetId))) throw new Error('The chosen category is gone.');
    const clips = tx.objectStore('clips');
    const archive = tx.objectStore('archive');
    // The archive has no category index: removing a category is rare enough to read it all.
    const records = new Map<string, StoredClip[]>();
    for (const record of await archive.getAll()) {
      if (record.clips.some((c) => c.categoryId === id)) records.set(record.issueId, record.clips);
    }
    const archived = new Set([...records.values()].flat().map((c) => c.id));
    const moving = [
      ...(await clips.index('by-category').getAll(id)),
      ...[...records.values()].flat().filter((c) => c.categoryId === id),
    ];
    const next = new Map<string, number>();
    for (const clip of moving.sort(byOrder)) {
      if (!next.has(clip.issueId)) {
        const there = [
          ...(await clips.index('by-issue').getAll(clip.issueId)),
          ...(records.get(clip.issueId) ?? []),
        ].filter((c) => c.categoryId === targetId);
        next.set(clip.issueId, nextOrder(there));
      }
      const order = next.get(clip.issueId) ?? 0;
      next.set(clip.issueId, order + 1);
      const moved = { ...clip, categoryId: targetId, order };
      const record = records.get(clip.issueId);
      if (record && archived.has(clip.id)) {
        records.set(
          clip.issueId,
          record.map((c) => (c.id === clip.id ? moved : c)),
        );
      } else await clips.put(moved);
    }
    for (const [issueId, list] of records) await putArchive(archive, issueId, list);
    const issues = tx.objectStore('issues');
    for (const issue of await issues.getAll()) {
      if (issue.status !== 'draft') continue;
      const { [id]: text, ...sectionText } = issue.sectionText;
      if (text) sectionText[targetId] = [sectionText[targetId], text].filter(Boolean).join('\n\n');
      const categoryOrder = issue.categoryOrder.filter((c) => c !== id);
      await issues.put({ ...issue, sectionText, categoryOrder });
    }
    await categories.delete(id);
    return moving.length;
  });
}
