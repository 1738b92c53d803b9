import { useEffect, useRef, useState } from 'preact/hooks';
import type { Issue } from '../../core/model';
import type { EditResult } from '../../storage/clips/edits';
import { t } from '../../ui/i18n';
import { errorText, useNotify } from '../shared/notify';
import { ConflictNotice } from './ConflictNotice';

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** The stored value, as text. */
  stored: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'number' | 'date';
  validate?: (text: string) => string | null;
  /** Saves `value`, checked against `base`, the stored value when editing began. */
  save: (value: string, base: string) => Promise<EditResult<Issue>>;
  /** The field's value in an issue, to show another window's version. */
  read: (issue: Issue) => string;
  onSaved: (issue: Issue) => void;
  /** The unsaved text while typing (null when none), so the preview follows keystrokes. */
  onLive?: (value: string | null) => void;
}

type Edit = { value: string; base: string };
const SAVE_DELAY = 800;

/**
 * An issue field that saves itself: while typing (debounced) and on leaving it. Its text
 * lives in local state from the first keystroke until it is saved, so a reload caused by
 * another window's change never replaces what is being typed; a change to the same field
 * by another window is shown as a conflict instead of being overwritten.
 */
export function CheckedField(props: Props) {
  const notify = useNotify();
  const [edit, setEdit] = useState<Edit | null>(null);
  const [conflict, setConflict] = useState<Issue | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<Edit | null>(null);
  latest.current = edit;
  useEffect(() => () => clearTimeout(timer.current), []);

  const error = edit && props.validate ? props.validate(edit.value) : null;

  async function flush(base?: string) {
    clearTimeout(timer.current);
    const current = latest.current;
    if (!current || props.validate?.(current.value)) return;
    if (current.value === current.base && base === undefined) {
      setEdit(null);
      props.onLive?.(null);
      return;
    }
    try {
      const result = await props.save(current.value, base ?? current.base);
      if (result.status === 'conflict') return setConflict(result.current);
      if (result.status === 'missing') return notify({ text: t('ws_missing'), kind: 'error' });
      setConflict(null);
      props.onSaved(result.value);
      const saved = current.value;
      setEdit((now) => (now && now.value !== saved ? { ...now, base: saved } : null));
      if (latest.current?.value === saved) props.onLive?.(null);
    } catch (failure) {
      notify({ text: t('ws_error', errorText(failure)), kind: 'error' });
    }
  }

  function onInput(value: string) {
    const next = { value, base: latest.current?.base ?? props.stored };
    latest.current = next;
    setEdit(next);
    props.onLive?.(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flush(), SAVE_DELAY);
  }

  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = error ? `${props.id}-error` : undefined;
  const common = {
    id: props.id,
    value: edit ? edit.value : props.stored,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    'aria-invalid': error ? true : undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
    onBlur: () => flush(),
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.multiline ? (
        <textarea rows={props.rows ?? 3} {...common} />
      ) : (
        // The union of input types is narrowed per element in Preact's types; all three take text.
        <input type={(props.type ?? 'text') as 'text'} {...common} />
      )}
      {props.hint && (
        <p id={hintId} class="hint">
          {props.hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="error">
          {error}
        </p>
      )}
      {conflict && (
        <ConflictNotice
          theirs={[{ label: props.label, value: props.read(conflict) }]}
          onKeepMine={() => flush(props.read(conflict))}
          onUseTheirs={() => {
            props.onSaved(conflict);
            setConflict(null);
            setEdit(null);
            props.onLive?.(null);
          }}
        />
      )}
    </div>
  );
}
