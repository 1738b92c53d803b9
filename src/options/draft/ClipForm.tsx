import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HouseStyle, ItemField } from '../../core/markdown';
import { CLIP_FIELDS, type ClipField } from '../../core/model/clip-edit';
import { CLIP_LIMITS } from '../../core/model/fits';
import { ItemFieldsBox, itemFieldsRefusal } from '../../ui/ItemFieldsBox';
import { type MessageKey, t } from '../../ui/i18n';
import { fieldLimitText } from '../../ui/too-long';
import { FormActions } from '../shared/FormActions';
import { urlMessage } from './url-message';

export type ClipValues = Record<ClipField, string>;

/** A field after its text was saved: what was typed after it, or all of it if edited. */
function unsaved(now: string, sent: string): string {
  if (now === sent) return '';
  return now.startsWith(sent) ? now.slice(sent.length).trimStart() : now;
}

/** The form's values once `sent` was saved, keeping everything typed since. */
export function afterSave(now: ClipValues, sent: ClipValues): ClipValues {
  const next = { ...now };
  for (const field of CLIP_FIELDS) next[field] = unsaved(now[field], sent[field]);
  return next;
}

interface Props {
  idPrefix: string;
  initial: ClipValues;
  submitLabel: string;
  /** An imported item may have no link; editing it may keep the URL empty. */
  allowEmptyUrl?: boolean;
  /**
   * Resolves true once saved, to empty the form for the next clip (Add clip). What was
   * typed while the save ran stays: only the submitted text is taken out.
   */
  onSubmit: (values: ClipValues, next: boolean, extra: Record<string, string>) => Promise<unknown>;
  clearAfterSave?: boolean;
  onCancel: () => void;
  /** The field that takes focus when the form opens; else the first. */
  focusField?: ClipField;
  /** The house style's own item fields, and the values they show (ui/ItemFieldsBox.tsx). */
  itemFields?: { style: HouseStyle; fields: ItemField[]; initial: Record<string, string> };
  children?: ComponentChildren;
}

const LABELS: Record<ClipField, MessageKey> = {
  heading: 'ws_heading',
  url: 'ws_url',
  pageTitle: 'ws_pageTitle',
  description: 'ws_description',
  comment: 'ws_comment',
};

/**
 * The fields of a clip, for adding and for editing in place. Ctrl/Cmd+Enter submits from
 * any field (with Shift: and goes on to the next clip) and Escape cancels, as in the popup.
 */
export function ClipForm(props: Props) {
  const [values, setValues] = useState<ClipValues>(props.initial);
  const [busy, setBusy] = useState(false);
  const [extra, setExtra] = useState<Record<string, string>>(props.itemFields?.initial ?? {});
  const { itemFields } = props;
  const extraRefused =
    !!itemFields && itemFieldsRefusal(itemFields.style, itemFields.fields, extra) !== null;
  const [showErrors, setShowErrors] = useState(false);
  // The URL is saved as typed, trimmed: the digest carries the link exactly as given.
  const problem = urlMessage(values.url, !!props.allowEmptyUrl);
  // Said as soon as a field passes its limit, where it is typed; saving waits until it fits.
  const tooLong = (field: ClipField) => fieldLimitText(values[field], CLIP_LIMITS[field]);
  const overLimit = CLIP_FIELDS.some((field) => field !== 'url' && tooLong(field));
  const id = (field: ClipField) => `${props.idPrefix}-${field}`;
  const form = useRef<HTMLFormElement>(null);
  // Opening the form is asking to type: the first field takes focus.
  useEffect(() => {
    const named = props.focusField && document.getElementById(id(props.focusField));
    (named || form.current?.querySelector<HTMLElement>('input, textarea'))?.focus();
  }, []);

  /** `next`: the editor asked to go on to the next clip's comment (Ctrl+Shift+Enter). */
  async function submit(event?: Event, next = false) {
    event?.preventDefault();
    setShowErrors(true);
    if (problem || overLimit || extraRefused || busy) return;
    setBusy(true);
    const sent = { ...values };
    try {
      const saved = await props.onSubmit({ ...sent, url: sent.url.trim() }, next, extra);
      if (saved === true && props.clearAfterSave) {
        // Keystrokes made during the save already reached `setValues`; keep them.
        setValues((now) => afterSave(now, sent));
        setShowErrors(false);
      }
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event, event.shiftKey);
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onCancel();
    }
  }

  return (
    <form ref={form} class="clip-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      {CLIP_FIELDS.map((field) => {
        const error = field === 'url' ? (showErrors ? problem : null) : tooLong(field);
        const describedBy = [
          error ? `${id(field)}-error` : '',
          field === 'comment' ? `${id(field)}-hint` : '',
        ].join(' ');
        const common = {
          id: id(field),
          value: values[field],
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy.trim() || undefined,
          onInput: (event: Event) => {
            const value = (event.currentTarget as HTMLInputElement).value;
            setValues((now) => ({ ...now, [field]: value }));
          },
        };
        return (
          <div class="field" key={field}>
            <label for={id(field)}>{t(LABELS[field])}</label>
            {field === 'comment' || field === 'description' ? (
              <textarea rows={field === 'comment' ? 6 : 2} {...common} />
            ) : (
              <input type={(field === 'url' ? 'url' : 'text') as 'text'} {...common} />
            )}
            {field === 'comment' && (
              <p id={`${id(field)}-hint`} class="hint">
                {t('ws_commentHint')}
              </p>
            )}
            {error && (
              <p id={`${id(field)}-error`} class="error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      {props.itemFields && (
        <ItemFieldsBox
          idPrefix={props.idPrefix}
          style={props.itemFields.style}
          fields={props.itemFields.fields}
          values={extra}
          onInput={(name, value) => setExtra((now) => ({ ...now, [name]: value }))}
          showErrors={showErrors}
        />
      )}
      {props.children}
      <FormActions label={props.submitLabel} disabled={busy} onCancel={props.onCancel} />
    </form>
  );
}
