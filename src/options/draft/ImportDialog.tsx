import { useState } from 'preact/hooks';
import { importIssue } from '../../core/import';
import { importIntoDraft } from '../../storage/import-draft';
import { Dialog } from '../shared/Dialog';
import { errorText, useNotify } from '../shared/notify';
import { tr } from '../strings';

export interface ImportDialogProps {
  draftId: string;
  onClose: () => void;
  onImported: () => void;
}

/** Pastes or opens a digest issue in Markdown and makes it the current draft's content. */
export function ImportDialog({ draftId, onClose, onImported }: ImportDialogProps) {
  const notify = useNotify();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function openFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (file) setText(await file.text());
  }

  async function run(event: Event) {
    event.preventDefault();
    const doc = importIssue(text);
    if (!doc.issue.title && doc.clips.length === 0 && doc.categories.length === 0) {
      setError(tr('importEmpty'));
      return;
    }
    try {
      await importIntoDraft(doc, draftId);
      notify({ text: tr('imported', doc.clips.length) });
      onImported();
    } catch (failure) {
      setError(tr('error', errorText(failure)));
    }
  }

  return (
    <Dialog id="import" title={tr('importMarkdown')} onClose={onClose}>
      <form onSubmit={run}>
        <p>{tr('importIntro')}</p>
        <div class="field">
          <label for="import-text">{tr('importText')}</label>
          <textarea
            id="import-text"
            rows={12}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'import-error' : undefined}
            onInput={(e) => {
              setText((e.currentTarget as HTMLTextAreaElement).value);
              setError(null);
            }}
          />
        </div>
        <div class="field">
          <label for="import-file">{tr('importFile')}</label>
          <input
            id="import-file"
            type="file"
            accept=".md,.markdown,text/markdown,text/plain"
            onChange={(e) => openFile(e.currentTarget as HTMLInputElement)}
          />
        </div>
        {error && (
          <p id="import-error" class="error" role="alert">
            {error}
          </p>
        )}
        <div class="row">
          <button type="submit" class="primary" disabled={!text.trim()}>
            {tr('importButton')}
          </button>
          <button type="button" onClick={onClose}>
            {tr('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
