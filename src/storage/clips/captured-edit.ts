import { type Clip, systemClock } from '../../core/model';
import { conflictingFields, type EditBase, sameValue } from '../../core/model/clip-edit';
import { locateEditable, rewriteClip } from '../archive/archive';
import { transact } from '../db';
import { fitClipEdit } from '../fits';
import { type CaptureOptions, dropPendingComment } from './capture';
import { requireCategory, toClip, toStoredClip } from './clips';

/** The fields the popup edits on a clipped page. */
export type CapturedFields = Pick<
  Clip,
  'url' | 'pageTitle' | 'description' | 'heading' | 'comment' | 'categoryId' | 'extra'
>;

function changedSince(fields: Partial<CapturedFields>, base: EditBase<Clip>) {
  const keys = Object.keys(fields) as (keyof CapturedFields)[];
  return Object.fromEntries(
    keys
      .filter((key) => !(key in base.values) || !sameValue(fields[key], base.values[key]))
      .map((key) => [key, fields[key]]),
  ) as Partial<CapturedFields>;
}

/**
 * An edit's outcome: saved, refused for changes made elsewhere, refused because the clip's
 * issue is published (its Markdown is frozen, so the clip is too), or the clip is gone.
 */
export type CapturedEdit =
  | { status: 'saved'; clip: Clip }
  | { status: 'conflict'; current: Clip; fields: string[] }
  | { status: 'published'; current: Clip }
  | { status: 'missing' };

/**
 * The popup's edit of a clipped page. The category check, the conflict check against
 * what the popup loaded (`base`, the workspace's rule in core/edit.ts), the write and
 * dropping the page's pending comment share one transaction; without a base nothing can conflict.
 * A clip in the trash counts as gone. A published issue's clip is never changed: search
 * and backups would show words its frozen Markdown never had.
 * Imported verbatim lines no longer describe an edited clip, so they go.
 */
export async function editCapturedClip(
  id: string,
  fields: Partial<CapturedFields>,
  base: EditBase<Clip> | undefined,
  options: CaptureOptions = {},
): Promise<CapturedEdit> {
  const stamp = (options.now ?? systemClock)().toISOString();
  const stores = ['clips', 'categories', 'drafts', 'archive', 'issues'] as const;
  return transact(options, stores, 'readwrite', async (tx) => {
    const store = tx.objectStore('clips');
    const archive = tx.objectStore('archive');
    const located = await locateEditable(store, archive, tx.objectStore('issues'), id);
    if (located.state === 'missing') return { status: 'missing' as const };
    if (located.state === 'published') {
      return { status: 'published' as const, current: toClip(located.clip) };
    }
    const { clip: stored, found } = located;
    await requireCategory(tx.objectStore('categories'), fields.categoryId ?? stored.categoryId);
    const { source: _verbatim, ...current } = toClip(stored);
    // A field the popup left as it loaded it is not an edit: a newer value stays.
    const patch = base ? changedSince(fields, base) : fields;
    const conflicts = base ? conflictingFields(toClip(stored), base, patch).map(String) : [];
    if (conflicts.length) {
      return { status: 'conflict' as const, current: toClip(stored), fields: conflicts };
    }
    const next: Clip = { ...current, ...patch, updatedAt: stamp };
    fitClipEdit(patch, next.heading || next.url);
    const record = toStoredClip(next);
    await rewriteClip(store, archive, found, record);
    await tx.objectStore('drafts').delete(record.normalizedUrl);
    await dropPendingComment(tx.objectStore('drafts'), options.draftUrl);
    return { status: 'saved' as const, clip: next };
  });
}
