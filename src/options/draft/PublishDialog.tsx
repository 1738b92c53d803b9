import { useEffect, useRef, useState } from 'preact/hooks';
import { clipsInIssueOrder } from '../../core/issue/checks';
import { issueTitle, itemHeading, renderIssue } from '../../core/markdown';
import type { IssueDocument } from '../../core/model';
import { addDays } from '../../core/model/dates';
import { PublishChangedError, publishIssue } from '../../storage/issues/publish';
import { t } from '../../ui/i18n';
import { Dialog } from '../shared/Dialog';
import { errorText, useNotify } from '../shared/notify';
import { useCustomStyles } from '../shared/use-styles';

interface Props {
  doc: IssueDocument;
  /** Clips chosen in the outline to wait for the next issue. */
  initialCarry?: string[];
  onClose: () => void;
  onPublished: () => void;
}

/**
 * Confirms publishing and asks which clips, if any, wait for the next issue. None by
 * default: a clip in the draft is meant for it; carrying over is the editor's choice
 * for a link that can wait (storage `publishIssue` moves them in the same transaction).
 */
export function PublishDialog({ doc, initialCarry, onClose, onPublished }: Props) {
  const notify = useNotify();
  const [carry, setCarry] = useState<Set<string>>(() => new Set(initialCarry));
  const [busy, setBusy] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  const { issue } = doc;
  const customStyles = useCustomStyles();
  const nextNumber = issue.number === null ? '—' : String(issue.number + 1);
  const nextDate = addDays(issue.date, 7) ?? '—';

  async function publish() {
    setBusy(true);
    // What is archived must be what the preview shows, less the clips carried over.
    const kept = { ...doc, clips: doc.clips.filter((c) => !carry.has(c.id)) };
    const expected = renderIssue(kept, issue.style, customStyles);
    try {
      await publishIssue(issue.id, { carryOver: [...carry], expected });
      notify({ text: t('ws_published', issueTitle(issue)) });
      onPublished();
    } catch (error) {
      const text =
        error instanceof PublishChangedError
          ? t('ws_publishChanged')
          : t('ws_error', errorText(error));
      notify({ text, kind: 'error' });
      setBusy(false);
    }
  }

  const toggle = (id: string, on: boolean) => {
    const next = new Set(carry);
    if (on) next.add(id);
    else next.delete(id);
    setCarry(next);
  };

  return (
    <Dialog id="publish" title={t('ws_publish')} onClose={onClose}>
      <p>{t('ws_publishIntro', issueTitle(issue), nextNumber, nextDate)}</p>
      {doc.clips.length > 0 && (
        <fieldset>
          <legend>{t('ws_carryOver')}</legend>
          <ul class="plain">
            {clipsInIssueOrder(doc).map((clip) => (
              <li key={clip.id}>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={carry.has(clip.id)}
                    onChange={(e) => toggle(clip.id, (e.currentTarget as HTMLInputElement).checked)}
                  />
                  {itemHeading(clip)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div class="row">
        {/* Focus starts on Publish: the dialog is reached to confirm, so Enter does. */}
        <button type="button" class="primary" disabled={busy} onClick={publish} ref={confirm}>
          {t('ws_publish')}
        </button>
        <button type="button" onClick={onClose}>
          {t('ws_cancel')}
        </button>
      </div>
    </Dialog>
  );
}
