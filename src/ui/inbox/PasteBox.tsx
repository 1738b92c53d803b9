import { useState } from 'preact/hooks';
import { readPaste } from '../../core/intake/paste';
import { type AddOutcome, type AlreadyWhere, addCandidates } from '../../storage/inbox/inbox';
import { t } from '../i18n';
import { storageMessage } from '../storage-message';
import './paste-box.css';

interface Props {
  digestId: string;
  onAdded: () => Promise<void>;
}

function whereText(where: AlreadyWhere): string {
  switch (where.place) {
    case 'inbox':
      return where.discarded ? t('inbox_whereDiscarded') : t('inbox_whereInbox');
    case 'draft':
      return t('inbox_whereDraft');
    default:
      return t('inbox_wherePublished', where.number ?? '', where.date);
  }
}

function outcomeLines(outcome: AddOutcome, over: number): string[] {
  const lines = [t('inbox_added', outcome.added.length)];
  if (over) lines.push(t('inbox_over', over));
  for (const { url, title, where } of outcome.already) {
    lines.push(t('inbox_already', title || url, whereText(where)));
  }
  return lines;
}

/**
 * The paste box of the workspace's inbox and of the side panel: any text in, candidates
 * out, and a line for each link that was not added.
 */
export function PasteBox({ digestId, onAdded }: Props) {
  const [text, setText] = useState('');
  const [lines, setLines] = useState<{ error: boolean; text: string[] }>({
    error: false,
    text: [],
  });
  const [busy, setBusy] = useState(false);

  async function add() {
    const read = readPaste(text);
    if (!read.ok) {
      setLines({ error: true, text: [read.error] });
      return;
    }
    setBusy(true);
    try {
      const outcome = await addCandidates(digestId, read.value.candidates);
      setText('');
      setLines({ error: false, text: outcomeLines(outcome, read.value.over) });
      await onAdded();
    } catch (error) {
      // The text stays in the box, so nothing typed is lost.
      const text =
        storageMessage(error) ?? (error instanceof Error ? error.message : String(error));
      setLines({ error: true, text: [t('ws_error', text)] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="inbox-paste">
      <label for="inbox-paste">{t('inbox_pasteLabel')}</label>
      <textarea
        id="inbox-paste"
        rows={5}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="row">
        <button type="button" disabled={busy || !text.trim()} onClick={add}>
          {t('inbox_add')}
        </button>
      </div>
      <div role="status" class={lines.error ? 'inbox-lines error' : 'inbox-lines'}>
        {lines.text.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
    </div>
  );
}
