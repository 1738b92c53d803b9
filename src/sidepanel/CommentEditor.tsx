import { useEffect, useRef, useState } from 'preact/hooks';
import { itemFields, withFieldValues } from '../core/markdown';
import type { Clip } from '../core/model';
import { type ClipPatch, sameValue } from '../core/model/clip-edit';
import { updateClip } from '../storage/clips/edits';
import { ItemFieldsBox, itemFieldsRefusal, shownValues } from '../ui/ItemFieldsBox';
import { t } from '../ui/i18n';
import { useIssueStyle } from './use-issue-style';

interface Props {
  clip: Clip;
  onDone: () => void;
  onError: (text: string) => void;
  /**
   * The editor is going away without a save or a cancel (its row may have left the
   * outline), or `gone`: its clip was no longer there to save into. What it holds, so the
   * panel can keep it.
   */
  onLeft: (text: string, gone?: boolean) => void;
  /**
   * Unsaved comments by clip id, kept by the panel: a row that moves to another section
   * is a new row with a new editor, which starts from what the old one held.
   */
  unsaved: Map<string, { opened: Clip; text: string; extra?: Record<string, string> }>;
}

/** Item fields as a conflict says them: `name: value`, one after another. */
const extraText = (extra: Clip['extra']) =>
  Object.entries(extra ?? {})
    .map(([name, value]) => `${name}: ${value}`)
    .join(', ');

/**
 * The panel's inline edit: the comment, the one field written while browsing, and the
 * house style's own item fields (This Week in Rust's tags before the link). Saved against
 * what they were when opened, so a newer word from the workspace is never overwritten;
 * Ctrl+Enter saves, Escape leaves.
 */
export function CommentEditor({ clip, onDone, onError, onLeft, unsaved }: Props) {
  const [kept] = useState(() => unsaved.get(clip.id));
  const [opened] = useState(kept?.opened ?? clip);
  const [text, setText] = useState(kept?.text ?? clip.comment);
  const field = useRef<HTMLTextAreaElement>(null);
  const style = useIssueStyle(clip.issueId);
  const fields = style ? itemFields(style) : [];
  // What the item fields hold once typed in; until then, the clip's own values.
  const [typed, setTyped] = useState<Record<string, string> | null>(kept?.extra ?? null);
  const extraShown = typed ?? shownValues(fields, opened.extra);
  const [showErrors, setShowErrors] = useState(false);
  useEffect(() => field.current?.focus(), []);
  const id = `panel-comment-${clip.id}`;
  // Read by the unmount below, which sees only the first render's values otherwise.
  const latest = useRef({ text, onLeft, closed: false });
  latest.current = { ...latest.current, text, onLeft };
  useEffect(
    () => () => {
      if (!latest.current.closed) latest.current.onLeft(latest.current.text);
    },
    [],
  );
  const close = () => {
    latest.current.closed = true;
    unsaved.delete(clip.id);
    onDone();
  };

  async function save() {
    setShowErrors(true);
    if (style && itemFieldsRefusal(style, fields, extraShown)) return;
    const patch: ClipPatch = text === opened.comment ? {} : { comment: text };
    const extra = withFieldValues(opened.extra, extraShown) ?? {};
    if (typed && !sameValue(extra, opened.extra)) patch.extra = extra;
    if (Object.keys(patch).length === 0) return close();
    try {
      const result = await updateClip(clip.id, patch, {
        updatedAt: opened.updatedAt,
        values: { comment: opened.comment, extra: opened.extra },
      });
      if (result.status === 'conflict')
        return onError(
          result.fields.includes('comment')
            ? t('sp_conflict', result.current.comment)
            : t('sp_conflictFields', extraText(result.current.extra)),
        );
      if (result.status === 'missing') {
        latest.current.closed = true;
        unsaved.delete(clip.id);
        return onLeft(text, true);
      }
      close();
    } catch (error) {
      onError(t('sp_error', error instanceof Error ? error.message : String(error)));
    }
  }

  return (
    <form
      class="comment-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') close();
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
      }}
    >
      <label for={id}>{t('sp_comment')}</label>
      <textarea
        ref={field}
        id={id}
        rows={3}
        value={text}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLTextAreaElement).value;
          setText(value);
          unsaved.set(clip.id, { opened, text: value, ...(typed ? { extra: typed } : {}) });
        }}
      />
      {style && (
        <ItemFieldsBox
          idPrefix={`panel-${clip.id}`}
          style={style}
          fields={fields}
          values={extraShown}
          onInput={(name, value) => {
            const next = { ...extraShown, [name]: value };
            setTyped(next);
            unsaved.set(clip.id, { opened, text, extra: next });
          }}
          showErrors={showErrors}
        />
      )}
      <div class="row">
        <button type="submit" class="primary">
          {t('sp_save')}
        </button>
        <button type="button" onClick={close}>
          {t('sp_cancel')}
        </button>
      </div>
    </form>
  );
}
