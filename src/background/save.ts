import { checkClipInput } from '../core/capture/clip-input';
import type { ClipInput, Responses } from '../core/messages';
import { captureIntoDraft } from '../storage/clips/capture';
import { editCapturedClip } from '../storage/clips/captured-edit';
import { CategoryMissingError } from '../storage/errors';

/** The worker's answer to a save (the popup names it the same). */
type SaveAnswer = Responses['save-clip'];
type Fields = Omit<ClipInput, 'id' | 'base' | 'draftUrl' | 'followUp'>;

/**
 * What the worker knows about the user that storage and core must not ask the browser
 * for: the UI language (a first draft gets that language's title and afterword) and the
 * words of the one message this file writes. Tests run with the defaults.
 */
export interface SaveContext {
  locale?: string;
  deletedMessage?: string;
  publishedMessage?: string;
  /** The category was chosen for this capture (a menu's submenu): a clipped page moves there. */
  move?: boolean;
}

const DELETED = 'This clip was deleted in the meantime; save it again to clip anew.';

const CONFLICT = 'This clip was changed elsewhere since it was opened here';

const PUBLISHED =
  'This clip is in a published issue, which stays as published, so nothing was changed. Save again to add the page to the current issue as a follow-up.';

/**
 * An edit of a clip, refused where another window changed a field since `base`, so the
 * workspace's newer words are never overwritten silently.
 */
async function edit(
  id: string,
  fields: Fields,
  base: ClipInput['base'],
  draft: { draftUrl?: string },
  context: SaveContext,
): Promise<SaveAnswer> {
  const result = await editCapturedClip(id, fields, base, draft);
  if (result.status === 'missing') return { ok: false, error: context.deletedMessage ?? DELETED };
  if (result.status === 'conflict') {
    const { current, fields: changed } = result;
    const error = `${CONFLICT} (${changed.join(', ')}).`;
    return { ok: false, code: 'conflict', error, current, fields: changed };
  }
  if (result.status === 'published') {
    return { ok: false, code: 'published', error: context.publishedMessage ?? PUBLISHED };
  }
  return { ok: true, clip: result.clip, created: false };
}

/** A new clip in the current draft, or a quote added to the page's existing clip. */
async function capture(
  fields: Fields,
  draft: { draftUrl?: string; followUp?: boolean },
  context: SaveContext,
): Promise<SaveAnswer> {
  const locale = context.locale ? { locale: context.locale } : {};
  // A clip goes into the draft of its section's digest, whichever digest is current.
  const { clip, created, moved, elsewhere, published } = await captureIntoDraft(fields, {
    ...draft,
    ...locale,
    move: !!context.move,
  });
  return {
    ok: true,
    clip,
    created,
    ...(moved ? { moved } : {}),
    ...(elsewhere ? { elsewhere } : {}),
    ...(published ? { published } : {}),
  };
}

/**
 * Saves what the popup, a menu or the shortcut captured, and answers only after the
 * transactions committed. With an id it edits that clip (the popup's "Already clipped"
 * path); without one, a page clipped before is never clipped twice.
 */
export async function saveCapture(
  input: ClipInput,
  context: SaveContext = {},
): Promise<SaveAnswer> {
  const checked = checkClipInput(input);
  if (!checked.ok) return { ok: false, error: checked.error };
  const { id, base, draftUrl, followUp, ...fields } = checked.value;
  // The popup's draft is keyed by its tab's address, which the URL field may differ from.
  const draft = draftUrl ? { draftUrl } : {};
  try {
    return id
      ? await edit(id, fields, base, draft, context)
      : await capture(fields, { ...draft, ...(followUp ? { followUp } : {}) }, context);
  } catch (error) {
    if (error instanceof CategoryMissingError) {
      return { ok: false, error: error.message, code: 'category-missing' };
    }
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
