import { captureTooLong } from '../core/capture/clip-input';
import type { Request, ResponseFor } from '../core/messages';
import { type MessageKey, t } from '../ui/i18n';
import { send } from '../ui/send';
import { tooLongText } from '../ui/too-long';
import { byId, field, readFields, saveButton, showText } from './dom';
import { ext } from './ext';
import { failure } from './failure';
import { offerFollowUp } from './follow-up';
import { baseOf } from './form';
import { recall } from './remembered';
import { state } from './state';

/** The worker's answer to a save. */
type SaveAnswer = ResponseFor<Extract<Request, { type: 'save-clip' }>>;

/** How long "Saved" shows before the popup closes itself. */
export const CLOSE_AFTER_MS = 900;

const LABELS: Partial<Record<string, MessageKey>> = {
  heading: 'fieldHeading',
  pageTitle: 'fieldPageTitle',
  url: 'fieldUrl',
  description: 'fieldDescription',
  comment: 'fieldComment',
  categoryId: 'fieldCategory',
  extra: 'itemFields',
};
const fieldName = (name: string) => {
  const key = LABELS[name];
  return key ? t(key) : name;
};

export function setStatus(kind: 'idle' | 'saving' | 'saved'): void {
  const status = byId('status');
  if (kind !== 'saved') {
    status.textContent = kind === 'saving' ? t('popupSaving') : '';
    return;
  }
  const saved = document.createElement('strong');
  saved.className = 'ok';
  saved.textContent = t('popupSaved');
  const open = document.createElement('a');
  open.href = ext.runtime.getURL('src/options/index.html');
  open.target = '_blank';
  open.rel = 'noreferrer';
  open.textContent = t('popupOpenWorkspace');
  open.addEventListener('click', (event) => {
    event.preventDefault();
    void ext.runtime.openOptionsPage();
  });
  status.replaceChildren(saved, ' ', open);
}

export async function showError(message: string): Promise<void> {
  showText('save-error', `${t('popupSaveFailed')} ${failure(readFields().url, message)}`);
}

/**
 * The toolbar popup closes itself after a short "Saved", unless the editor chose to keep
 * it open. A popup opened as a tab of its own (the `?tab=` test seam) stays, unless the
 * seam asks for the popup's behaviour with `close=auto`.
 */
function closeSoon(): void {
  const params = new URLSearchParams(location.search);
  const seam = params.has('tab') && params.get('close') !== 'auto';
  const keepOpen = (byId<HTMLInputElement>('keep-open').checked ?? false) || recall().keepOpen;
  if (!seam && !keepOpen) setTimeout(() => window.close(), CLOSE_AFTER_MS);
}

async function answer(result: SaveAnswer): Promise<void> {
  if (!result.ok && result.code === 'category-missing') {
    await state.restReady;
    if (state.onCategoryGone) return state.onCategoryGone();
    return showText('save-error', `${t('popupSaveFailed')} ${t('popupCategoryGone')}`);
  }
  if (!result.ok && 'current' in result) {
    // Saving again now is "keep mine" for the fields changed here; the rest, which this
    // popup never touched, keep the newer words (see storage/capture.ts).
    if (state.base) state.base = { ...state.base, updatedAt: result.current.updatedAt };
    const fields = result.fields.map(fieldName).join(', ');
    return showError(t('popupConflict', fields));
  }
  if (!result.ok && result.code === 'published') {
    // Published since the popup read it: the form keeps every word, and Save adds the page
    // to the current draft instead.
    offerFollowUp();
    return showError(t('popupPublishedSince'));
  }
  if (!result.ok) return showError(result.error);
  if (state.followUp) {
    // The follow-up is a draft's clip now: saving again edits it.
    state.followUp = false;
    saveButton().textContent = t('save');
  }
  state.savedId = result.clip.id;
  state.base = baseOf(result.clip);
  setStatus('saved');
  closeSoon();
}

/**
 * Saves through the worker, which answers after its transaction committed. Works from the
 * first script on: the fields are read from the form as they are now.
 */
export async function save(): Promise<void> {
  const button = saveButton();
  if (state.saving || !state.tabUrl || button.disabled) return;
  const fields = readFields();
  if (!fields.categoryId) return;
  // Words past a field's limit are refused here, where they were typed, never cut.
  const tooLong = captureTooLong(fields);
  if (tooLong) {
    showText('save-error', `${t('popupSaveFailed')} ${tooLongText(tooLong)}`);
    field(tooLong.field as keyof typeof fields).focus();
    return;
  }
  const refused = state.itemFields?.problem();
  if (refused) {
    showText('save-error', `${t('popupSaveFailed')} ${refused.message}`);
    refused.element.focus();
    return;
  }
  const extra = state.itemFields?.read();
  state.saving = true;
  button.disabled = true;
  showText('save-error', '');
  setStatus('saving');
  const id = state.savedId ?? state.existing?.clip.id;
  const edit = id ? { id, base: state.base } : state.followUp ? { followUp: true } : {};
  try {
    const result = await send({
      type: 'save-clip',
      input: { ...fields, ...(extra ? { extra } : {}), draftUrl: state.tabUrl, ...edit },
    });
    if (!result?.ok) setStatus('idle');
    await answer(result ?? { ok: false, error: 'no answer from the extension' });
  } catch (error) {
    setStatus('idle');
    await showError((error as Error).message);
  } finally {
    state.saving = false;
    button.disabled = false;
  }
}
