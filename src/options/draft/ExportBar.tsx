import { useState } from 'preact/hooks';
import type { Issue, IssueDocument } from '../../core/model';
import { t } from '../../ui/i18n';
import { copyText, downloadText } from '../shared/download';
import { useNotify } from '../shared/notify';
import { useCustomStyles } from '../shared/use-styles';
import { downloadName } from '../styles/download-name';
import { invalidFields } from './IssueFields';
import { PublishDialog } from './lazy-publish-dialog';

interface Props {
  /** The issue as shown (unsaved field text applied), and its Markdown. */
  doc: IssueDocument;
  markdown: string;
  /** Published issues are exported again but not published again. */
  published?: Issue;
  onPublished?: () => void;
}

/** Copy, Download and Publish: what leaves the workspace. */
export function ExportBar({ doc, markdown, published, onPublished }: Props) {
  const notify = useNotify();
  const customStyles = useCustomStyles();
  const [publishing, setPublishing] = useState(false);

  /** A field whose text cannot be saved is not published as whatever was stored before. */
  function startPublish() {
    const [invalid] = invalidFields(doc.issue);
    if (invalid) {
      notify({ text: t('ws_publishInvalid', invalid.label, invalid.reason), kind: 'error' });
      return;
    }
    setPublishing(true);
  }

  async function copy() {
    const ok = await copyText(markdown);
    notify(ok ? { text: t('ws_copied') } : { text: t('ws_copyFailed'), kind: 'error' });
  }

  return (
    <div class="row export">
      <button type="button" onClick={copy}>
        {t('ws_copyMarkdown')}
      </button>
      <button type="button" onClick={() => downloadText(markdown, downloadName(doc, customStyles))}>
        {t('ws_downloadMarkdown')}
      </button>
      {!published && (
        <button type="button" class="primary" onClick={startPublish}>
          {t('ws_publish')}
        </button>
      )}
      {publishing && (
        <PublishDialog
          doc={doc}
          onClose={() => setPublishing(false)}
          onPublished={() => {
            setPublishing(false);
            onPublished?.();
          }}
        />
      )}
    </div>
  );
}
