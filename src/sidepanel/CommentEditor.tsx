import { useEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '../core/model';
import { updateClip } from '../storage/clip-edits';
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
}

/**
 * The panel's inline edit: the comment, the one field written while browsing. Saved
 * against the comment as it was when opened, so a newer word from the workspace is never
 * overwritten; Ctrl+Enter saves, Escape leaves.
 */
export function CommentEditor({ clip, onDone, onError, onLeft }: Props) {
  const [opened] = useState(clip);
  const [text, setText] = useState(clip.comment);
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
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
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
