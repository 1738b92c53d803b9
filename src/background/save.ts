import { checkClipInput } from '../core/capture';
import type { ClipInput, Responses } from '../core/messages';
import { captureClip, editCapturedClip } from '../storage/capture';
import { CategoryMissingError } from '../storage/errors';
import { getCurrentDraft } from '../storage/issues';
import { getSettings, setSetting } from '../storage/settings';

type SaveResult = Responses['save-clip'];
type Fields = Omit<ClipInput, 'id'>;

/**
 * What the worker knows about the user that storage and core must not ask the browser
 * for: the UI language (a first draft gets that language's title and afterword) and the
 * words of the one message this file writes. Tests run with the defaults.
 */
export interface SaveContext {
  locale?: string;
  deletedMessage?: string;
}

const DELETED = 'This clip was deleted in the meantime; save it again to clip anew.';

/** An edit of a clip: imported verbatim lines no longer describe it, so they go. */
async function edit(id: string, fields: Fields, context: SaveContext): Promise<SaveResult> {
  const saved = await editCapturedClip(id, fields);
  if (!saved) return { ok: false, error: context.deletedMessage ?? DELETED };
  return { ok: true, clip: saved, created: false };
}

/** A new clip in the current draft, or a quote added to the page's existing clip. */
async function capture(fields: Fields, context: SaveContext): Promise<SaveResult> {
  const locale = context.locale ? { locale: context.locale } : {};
  const [draft, settings] = await Promise.all([getCurrentDraft(locale), getSettings()]);
  const clippedBy = settings.clippedBy ? { clippedBy: settings.clippedBy } : {};
  const { clip, created } = await captureClip({ ...fields, issueId: draft.id, ...clippedBy });
  if (created) await setSetting('lastCategoryId', fields.categoryId);
  return { ok: true, clip, created };
}

/**
 * Saves what the popup, a menu or the shortcut captured, and answers only after the
 * transactions committed. With an id it edits that clip (the popup's "Already clipped"
 * path); without one, a page clipped before is never clipped twice.
 */
export async function saveCapture(
  input: ClipInput,
  context: SaveContext = {},
): Promise<SaveResult> {
  const checked = checkClipInput(input);
  if (!checked.ok) return { ok: false, error: checked.error };
  const { id, ...fields } = checked.value;
  try {
    return id ? await edit(id, fields, context) : await capture(fields, context);
  } catch (error) {
    if (error instanceof CategoryMissingError) {
      return { ok: false, error: error.message, code: 'category-missing' };
    }
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
