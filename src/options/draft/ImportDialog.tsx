import { useState } from 'preact/hooks';
import { importIssue } from '../../core/markdown';
import { documentTooLong } from '../../core/model/fits';
import { importIntoDraft } from '../../storage/issues/import-draft';
import { t } from '../../ui/i18n';
import { tooLongText } from '../../ui/too-long';
import { Dialog } from '../shared/Dialog';
import { FormActions } from '../shared/FormActions';
import { errorText, useNotify } from '../shared/notify';
import { utf8Text } from '../shared/text-file';

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
    if (!file) return;
    const opened = await utf8Text(file);
    if (opened === null) {
      setError(t('ws_importNotUtf8', file.name));
      return;
    }
    setText(opened);
    setError(null);
  }

  async function run(event: Event) {
    event.preventDefault();
    const doc = importIssue(text);
    if (!doc.issue.title && doc.clips.length === 0 && doc.categories.length === 0) {
      setError(t('ws_importEmpty'));
      return;
    }
    // A field no backup could hold (a data-URI image in the intro, a line of megabytes) is
    // named here and nothing is imported: kept, it would make every backup refused.
    const tooLong = documentTooLong(doc);
    if (tooLong) {
      setError(tooLongText(tooLong));
      return;
    }
    try {
      await importIntoDraft(doc, draftId);
      notify({ text: t('ws_imported', doc.clips.length) });
      onImported();
    } catch (failure) {
      setError(t('ws_error', errorText(failure)));
    }
  }

  return (
    <Dialog id="import" title={t('ws_importMarkdown')} onClose={onClose}>
      <form onSubmit={run}>
        <p>{t('ws_importIntro')}</p>
        <div class="field">
          <label for="import-text">{t('ws_importText')}</label>
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
          <label for="import-file">{t('ws_importFile')}</label>
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
        <FormActions label={t('ws_importButton')} disabled={!text.trim()} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
