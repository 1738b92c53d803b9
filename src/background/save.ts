import { checkClipInput } from '../core/capture';
import type { ClipInput, Responses } from '../core/messages';
import type { Clip } from '../core/model';
import { addClip, findClipsByUrl, getClip, saveClip, toClip } from '../storage/clips';
import { deleteDraft } from '../storage/drafts';
import { getCurrentDraft } from '../storage/issues';
import { getSettings, setSetting } from '../storage/settings';

type SaveResult = Responses['save-clip'];

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An edit of an existing clip: imported verbatim lines no longer describe it. */
async function update(id: string, input: ClipInput): Promise<Clip | null> {
  const existing = await getClip(id);
  if (!existing || existing.deletedAt) return null;
  const { source: _verbatim, ...rest } = toClip(existing);
  const { id: _id, ...fields } = input;
  return toClip(await saveClip({ ...rest, ...fields }));
}

/**
 * Saves what the popup, a menu or the shortcut captured, and answers only after the
 * transaction committed. A page clipped before is never clipped twice: without an id
 * the existing clip is returned, with `appendComment` added to its comment.
 */
export async function saveCapture(input: ClipInput, appendComment = false): Promise<SaveResult> {
  const checked = checkClipInput(input);
  if (!checked.ok) return { ok: false, error: checked.error };
  const value = checked.value;
  try {
    let clip: Clip | null;
    let created = false;
    if (value.id) {
      clip = await update(value.id, value);
      // addClip drops the popup's draft in its own transaction; an edit does it here.
      if (clip) await deleteDraft(value.url);
      if (!clip)
        return {
          ok: false,
          error: 'This clip was deleted in the meantime; save it again to clip anew.',
        };
    } else {
      const [existing] = (await findClipsByUrl(value.url)).filter((c) => !c.deletedAt);
      if (existing) {
        const comment =
          appendComment && value.comment
            ? [existing.comment, value.comment].filter(Boolean).join('\n\n')
            : existing.comment;
        clip =
          comment === existing.comment
            ? toClip(existing)
            : await update(existing.id, { ...toClip(existing), comment });
      } else {
        const [draft, settings] = await Promise.all([getCurrentDraft(), getSettings()]);
        const { id: _none, ...fields } = value;
        const saved = await addClip({
          ...fields,
          issueId: draft.id,
          ...(settings.clippedBy ? { clippedBy: settings.clippedBy } : {}),
        });
        clip = toClip(saved);
        created = true;
      }
    }
    await setSetting('lastCategoryId', value.categoryId);
    return clip
      ? { ok: true, clip, created }
      : { ok: false, error: 'The clip could not be saved.' };
  } catch (error) {
    return { ok: false, error: message(error) };
  }
}
