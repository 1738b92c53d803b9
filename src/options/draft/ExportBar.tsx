import { useState } from 'preact/hooks';
import type { Issue, IssueDocument } from '../../core/model';
import { copyText, downloadText } from '../shared/download';
import { useNotify } from '../shared/notify';
import { useCustomStyles } from '../shared/use-styles';
import { tr } from '../strings';
import { downloadName } from '../styles/download-name';
import { invalidFields } from './IssueFields';
import { PublishDialog } from './PublishDialog';

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
      notify({ text: tr('publishInvalid', invalid.label, invalid.reason), kind: 'error' });
      return;
    }
    setPublishing(true);
  }

  async function copy() {
    const ok = await copyText(markdown);
    notify(ok ? { text: tr('copied') } : { text: tr('copyFailed'), kind: 'error' });
  }

  return (
    <div class="row export">
      <button type="button" onClick={copy}>
        {tr('copyMarkdown')}
      </button>
      <button type="button" onClick={() => downloadText(markdown, downloadName(doc, customStyles))}>
        {tr('downloadMarkdown')}
      </button>
      {!published && (
        <button type="button" class="primary" onClick={startPublish}>
          {tr('publish')}
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
