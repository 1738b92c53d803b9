import { useEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '../core/model';
import { updateClip } from '../storage/clips/edits';
import { t } from '../ui/i18n';

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
  unsaved: Map<string, { opened: Clip; text: string }>;
}

/**
 * The panel's inline edit: the comment, the one field written while browsing. Saved
 * against the comment as it was when opened, so a newer word from the workspace is never
 * overwritten; Ctrl+Enter saves, Escape leaves.
 */
export function CommentEditor({ clip, onDone, onError, onLeft, unsaved }: Props) {
  const [kept] = useState(() => unsaved.get(clip.id));
  const [opened] = useState(kept?.opened ?? clip);
  const [text, setText] = useState(kept?.text ?? clip.comment);
  const field = useRef<HTMLTextAreaElement>(null);
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
    if (text === opened.comment) return close();
    try {
      const result = await updateClip(
        clip.id,
        { comment: text },
        { updatedAt: opened.updatedAt, values: { comment: opened.comment } },
      );
      if (result.status === 'conflict') return onError(t('sp_conflict', result.current.comment));
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
          unsaved.set(clip.id, { opened, text: value });
        }}
      />
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
