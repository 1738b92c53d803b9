import type { ComponentChildren } from 'preact';
import type { IssueDocument } from '../../core/model';
import { t } from '../../ui/i18n';
import { copyText, downloadText } from './download';
import { downloadName } from './download-name';
import { useNotify } from './notify';
import { useCustomStyles } from './use-styles';

interface Props {
  /** The issue as shown (unsaved field text applied), and its Markdown. */
  doc: IssueDocument;
  markdown: string;
  /** More ways out, after Copy and Download: the draft's Publish. */
  children?: ComponentChildren;
}

/** Copy and Download (and what the view adds): what leaves the workspace. */
export function ExportBar({ doc, markdown, children }: Props) {
  const notify = useNotify();
  const customStyles = useCustomStyles();

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
      {children}
    </div>
  );
}
