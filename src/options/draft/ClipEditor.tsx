import { useEffect, useRef, useState } from 'preact/hooks';
import { type HouseStyle, itemFields, withFieldValues } from '../../core/markdown';
import type { Clip } from '../../core/model';
import { CLIP_FIELDS, type ClipPatch, sameValue } from '../../core/model/clip-edit';
import { updateClip } from '../../storage/clips/edits';
import { shownValues } from '../../ui/ItemFieldsBox';
import { t } from '../../ui/i18n';
import { errorText, useNotify } from '../shared/notify';
import { ClipForm, type ClipValues } from './ClipForm';
import { ConflictNotice } from './ConflictNotice';
import { fieldOf, itemFieldOf, type UnsavedEdits } from './unsaved-edits';

interface Props {
  clip: Clip;
  /** Closed: saved, unchanged or cancelled; `next` asks for the next clip's comment. */
  onDone: (next?: boolean) => void;
  /** Opened to write the comment (the c key): it takes focus, not the heading. */
  focusComment?: boolean;
  /** The draft view's record of unsaved edits, which outlives this editor (unsaved-edits.ts). */
  unsaved: UnsavedEdits;
  /** Going away neither saved nor cancelled: its row left the outline, or moved. */
  onLeft: () => void;
  /** The house style, whose own item fields the form shows. */
  style?: HouseStyle;
}

/** Item fields as the conflict notice shows them: one `name: value` a line. */
const extraText = (extra: Clip['extra']) =>
  Object.entries(extra ?? {})
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');

const valuesOf = (clip: Clip): ClipValues =>
  Object.fromEntries(CLIP_FIELDS.map((f) => [f, clip[f]])) as ClipValues;

/**
 * Edits a clip in place. What the clip was when the form opened is the base of the save
 * (storage `updateClip`): fields changed meanwhile in another window are reported as a
 * conflict with their text, never overwritten silently. The form is not re-filled by live
 * reloads, so typing is never lost.
 */
export function ClipEditor({ clip, onDone: close, focusComment, unsaved, onLeft, style }: Props) {
  const notify = useNotify();
  // Typed in an editor of this clip that its row took away when it moved: carried on.
  const [kept] = useState(() => unsaved.get(clip.id));
  const [opened] = useState(kept?.opened ?? clip);
  const idPrefix = `edit-${clip.id}`;
  const closed = useRef(false);
  const left = useRef(onLeft);
  left.current = onLeft;
  useEffect(
    () => () => {
      if (!closed.current) left.current();
    },
    [],
  );
  const onDone = (next?: boolean) => {
    closed.current = true;
    unsaved.delete(clip.id);
    close(next);
  };
  const [fields] = useState(() => (style ? itemFields(style) : []));
  const keep = (event: Event) => {
    const field = fieldOf(event.target, idPrefix);
    const itemField = itemFieldOf(event.target, idPrefix);
    if (!field && !itemField) return;
    const value = (event.target as HTMLInputElement).value;
    const before = unsaved.get(clip.id) ?? kept;
    const values = before?.values ?? valuesOf(opened);
    const extra = itemField
      ? { ...(before?.extra ?? shownValues(fields, opened.extra)), [itemField]: value }
      : before?.extra;
    unsaved.set(clip.id, {
      opened,
      values: field ? { ...values, [field]: value } : values,
      field: field ?? before?.field ?? 'comment',
      ...(extra ? { extra } : {}),
    });
  };
  const [conflict, setConflict] = useState<{ current: Clip; fields: (keyof ClipPatch)[] } | null>(
    null,
  );
  const [pending, setPending] = useState<ClipPatch | null>(null);

  async function save(patch: ClipPatch, base: Clip, next = false) {
    const values = Object.fromEntries(
      Object.keys(patch).map((f) => [f, base[f as keyof ClipPatch]]),
    );
    try {
      const result = await updateClip(clip.id, patch, { updatedAt: base.updatedAt, values });
      if (result.status === 'saved') return onDone(next);
      if (result.status === 'missing') return notify({ text: t('ws_missing'), kind: 'error' });
      setPending(patch);
      setConflict({ current: result.current, fields: result.fields as (keyof ClipPatch)[] });
    } catch (error) {
      notify({ text: t('ws_error', errorText(error)), kind: 'error' });
    }
  }

  async function submit(values: ClipValues, next: boolean, typed: Record<string, string>) {
    // Only fields the editor changed are saved: the rest may have been edited elsewhere.
    const patch: ClipPatch = {};
    for (const field of CLIP_FIELDS)
      if (values[field] !== opened[field]) patch[field] = values[field];
    const extra = withFieldValues(opened.extra, typed) ?? {};
    if (fields.length && !sameValue(extra, opened.extra)) patch.extra = extra;
    if (Object.keys(patch).length === 0) return onDone(next);
    await save(patch, opened, next);
  }

  return (
    // Only to hear the fields' input on its way up; it adds no box of its own.
    <div style={{ display: 'contents' }} onInput={keep}>
      <ClipForm
        idPrefix={idPrefix}
        initial={kept?.values ?? valuesOf(opened)}
        submitLabel={t('ws_save')}
        allowEmptyUrl={opened.url === ''}
        focusField={kept?.field ?? (focusComment ? 'comment' : undefined)}
        onSubmit={submit}
        onCancel={() => onDone()}
        itemFields={
          style && fields.length
            ? { style, fields, initial: kept?.extra ?? shownValues(fields, opened.extra) }
            : undefined
        }
      >
        {conflict && pending && (
          <ConflictNotice
            theirs={conflict.fields.map((f) =>
              f === 'extra'
                ? { label: t('itemFields'), value: extraText(conflict.current.extra) }
                : { label: t(`ws_${f}`), value: conflict.current[f] },
            )}
            onKeepMine={() => save(pending, conflict.current)}
            onUseTheirs={() => onDone()}
          />
        )}
      </ClipForm>
    </div>
  );
}
