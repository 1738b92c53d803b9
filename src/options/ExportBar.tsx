import { useState } from 'preact/hooks';
import type { Issue, IssueDocument } from '../core/model';
import { copyText, downloadText, markdownFilename } from '../ui/download';
import { useNotify } from './notify';
import { PublishDialog } from './PublishDialog';
import { tr } from './strings';

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
  const [publishing, setPublishing] = useState(false);

  async function copy() {
    const ok = await copyText(markdown);
    notify(ok ? { text: tr('copied') } : { text: tr('copyFailed'), kind: 'error' });
  }

  return (
    <div class="row export">
      <button type="button" onClick={copy}>
        {tr('copyMarkdown')}
      </button>
      <button
        type="button"
        onClick={() => downloadText(markdown, markdownFilename(doc.issue.date))}
      >
        {tr('downloadMarkdown')}
      </button>
      {!published && (
        <button type="button" class="primary" onClick={() => setPublishing(true)}>
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
