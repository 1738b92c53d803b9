import type { Clip } from '../../core/model';
import { systemClock } from '../../core/model';
import {
  applyClipEdit,
  type ClipPatch,
  conflictingFields,
  type EditBase,
} from '../../core/model/clip-edit';
import { byOrder, nextOrder } from '../../core/model/order';
import { locateEditable, rewriteClip } from '../archive/archive';
import { type StorageOptions, transact } from '../db';
import { ClippedAgainError, IssueNotDraftError } from '../errors';
import { fitClipEdit } from '../fits';
import type { StoredClip } from '../schema/stores';
import { type ClipOptions, requireDraft, toClip, toStoredClip } from './clips';

/** The outcome of a checked save: saved, a conflict to settle, or the record is gone. */
export type EditResult<T> =
  | { status: 'saved'; value: T }
  | { status: 'conflict'; current: T; fields: string[] }
  | { status: 'missing' };

/**
 * Saves the editor's changes to a clip unless another window changed the same fields
 * since the editor loaded them (see core/edit.ts); a trashed clip counts as missing.
 * Saving again with `base.updatedAt` set to the conflict's `current.updatedAt` is "keep mine".
 * A clip whose issue was published since the editor opened it throws `IssueNotDraftError`:
 * a published issue is read-only, its clips as much as its Markdown.
 */
export async function updateClip(
  id: string,
  patch: ClipPatch,
  base: EditBase<Clip>,
  options: ClipOptions = {},
): Promise<EditResult<Clip>> {
  const stamp = (options.now ?? systemClock)().toISOString();
  return transact(options, ['clips', 'archive', 'issues'], 'readwrite', async (tx) => {
    const store = tx.objectStore('clips');
    const archive = tx.objectStore('archive');
    const located = await locateEditable(store, archive, tx.objectStore('issues'), id);
    if (located.state === 'missing') return { status: 'missing' as const };
    if (located.state === 'published') throw new IssueNotDraftError(located.clip.issueId);
    const { found } = located;
    const current = toClip(located.clip);
    const fields = conflictingFields(current, base, patch);
    if (fields.length) return { status: 'conflict' as const, current, fields };
    const next = { ...applyClipEdit(current, patch), updatedAt: stamp };
    fitClipEdit(patch, next.heading || next.url);
    await rewriteClip(store, archive, found, toStoredClip(next));
    return { status: 'saved' as const, value: next };
  });
}

/**
 * Puts a clip at `index` among the live clips of `categoryId` in its issue, and renumbers
 * the categories it left and joined in one transaction. Trashed clips keep their place
 * relative to their neighbours, so a restore brings them back where they were. A position
 * is not content: `updatedAt` stays, so a move never makes another window's edit conflict.
 */
export async function moveClip(
  id: string,
  categoryId: string,
  index: number,
  options: StorageOptions = {},
): Promise<boolean> {
  return transact(options, ['clips'], 'readwrite', async (tx) => {
    const store = tx.objectStore('clips');
    const clip = await store.get(id);
    if (!clip) return false;
    const ofIssue = await store.index('by-issue').getAll(clip.issueId);
    const inCategory = (cat: string) =>
      ofIssue.filter((c) => c.categoryId === cat && c.id !== id).sort(byOrder);
    const target = inCategory(categoryId);
    const live = target.filter((c) => !c.deletedAt);
    const before = live[Math.max(0, index)];
    const at = before ? target.indexOf(before) : target.length;
    target.splice(at, 0, { ...clip, categoryId });
    const changed = renumber(target);
    if (clip.categoryId !== categoryId) changed.push(...renumber(inCategory(clip.categoryId)));
    for (const c of changed) await store.put(c);
    return true;
  });
}

/** Positions 0, 1, 2... in list order. */
function renumber(clips: StoredClip[]): StoredClip[] {
  return clips.map((clip, order) => ({ ...clip, order }));
}

/**
 * Takes a clip out of the trash. A clip of a published issue cannot go back into frozen
 * Markdown, so it joins the end of its category in `draftId`, the current draft, which
 * must still be one (it may have been published in another window). A page clipped again
 * since its clip was trashed already has a live clip in a draft: restoring would make two,
 * so it throws `ClippedAgainError` and the trashed clip stays where it is, to copy from.
 */
export async function restoreClip(id: string, draftId: string, options: StorageOptions = {}) {
  return transact(options, ['clips', 'issues'], 'readwrite', async (tx) => {
    const store = tx.objectStore('clips');
    const stored = await store.get(id);
    if (!stored) return false;
    const { deletedAt: _trashed, ...clip } = stored;
    // Items imported without a link share the empty key; they are not one page.
    const again = clip.normalizedUrl
      ? (await store.index('by-url').getAll(clip.normalizedUrl)).find(
          (other) => other.id !== id && !other.deletedAt,
        )
      : undefined;
    if (again) {
      throw new ClippedAgainError(id, again.heading || again.pageTitle || again.url);
    }
    const issue = await tx.objectStore('issues').get(clip.issueId);
    if (issue?.status !== 'draft') {
      await requireDraft(tx.objectStore('issues'), draftId);
      const siblings = (await store.index('by-issue').getAll(draftId)).filter(
        (c) => c.categoryId === clip.categoryId,
      );
      clip.issueId = draftId;
      clip.order = nextOrder(siblings);
    }
    await store.put(clip);
    return true;
  });
}
