import type { Clip } from '../core/model';
import { systemClock } from '../core/model';
import { type ClipOptions, requireCategory, toClip, toStoredClip } from './clips';
import { transact } from './db';

/** The fields the popup edits on a clipped page. */
export type CapturedFields = Pick<
  Clip,
  'url' | 'pageTitle' | 'description' | 'heading' | 'comment' | 'categoryId'
>;

/**
 * The popup's edit of a clipped page. The category check, the write and dropping the
 * page's draft share one transaction. Resolves to undefined when the clip is gone or in
 * the trash. Imported verbatim lines no longer describe an edited clip, so they go.
 */
export async function editCapturedClip(
  id: string,
  fields: Partial<CapturedFields>,
  options: ClipOptions = {},
): Promise<Clip | undefined> {
  const stamp = (options.now ?? systemClock)().toISOString();
  return transact(options, ['clips', 'categories', 'drafts'], 'readwrite', async (tx) => {
    const store = tx.objectStore('clips');
    const stored = await store.get(id);
    if (!stored || stored.deletedAt) return undefined;
    await requireCategory(tx.objectStore('categories'), fields.categoryId ?? stored.categoryId);
    const { source: _verbatim, ...current } = toClip(stored);
    const next: Clip = { ...current, ...fields, updatedAt: stamp };
    const record = toStoredClip(next);
    await store.put(record);
    await tx.objectStore('drafts').delete(record.normalizedUrl);
    return next;
  });
}
