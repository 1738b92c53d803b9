import { applyClipEdit } from '../core/edit';
import type { Clip } from '../core/model';
import { systemClock } from '../core/model';
import { normalizeUrl } from '../core/url';
import {
  type ClipOptions,
  insertClip,
  type NewClip,
  requireCategory,
  toClip,
  toStoredClip,
} from './clips';
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

/** What a capture did: a new clip, or the page's existing clip (with a quote added). */
export type CaptureOutcome = { clip: Clip; created: boolean };

/**
 * Clips a page, or adds the capture's comment (a quote) to the clip the page already has.
 * The duplicate lookup, the category check and the write share one transaction, so two
 * saves of one page at once (a double press of the shortcut) make one clip, and parallel
 * quotes are appended one after another instead of overwriting each other.
 */
export async function captureClip(
  input: NewClip,
  options: ClipOptions = {},
): Promise<CaptureOutcome> {
  const stamp = (options.now ?? systemClock)().toISOString();
  return transact(options, ['clips', 'drafts', 'categories'], 'readwrite', async (tx) => {
    const store = tx.objectStore('clips');
    const same = await store.index('by-url').getAll(normalizeUrl(input.url));
    const existing = same.find((clip) => !clip.deletedAt);
    if (!existing) return { clip: toClip(await insertClip(tx, input, options)), created: true };
    if (!input.comment) return { clip: toClip(existing), created: false };
    const comment = [existing.comment, input.comment].filter(Boolean).join('\n\n');
    const next: Clip = { ...applyClipEdit(toClip(existing), { comment }), updatedAt: stamp };
    await store.put(toStoredClip(next));
    return { clip: next, created: false };
  });
}
