import { memo } from 'preact/compat';
import type { Clip, IssueDocument } from '../../core/model';
import { t } from '../../ui/i18n';
import { ExportBar } from '../shared/ExportBar';
import { ChecksList } from './ChecksList';
import { LinkRuleChecks } from './LinkRuleChecks';
import { LiveLinkCheck } from './LiveLinkCheck';
import { PreviewPane } from './PreviewPane';
import { PublishButton } from './PublishButton';

interface Props {
  doc: IssueDocument;
  /** The issue's Markdown; `null` until the first screen beside it was painted. */
  markdown: string | null;
  /** The clip in focus in the outline: the preview scrolls to it. */
  focused: Clip | null;
  onPublished: () => void;
}

/**
 * Beside the draft: what leaves the workspace, what to look over, and the preview.
 * Memoised like DraftView: a re-render with the same issue and focus skips the preview.
 */
export const DraftSidebar = memo(function DraftSidebar({
  doc,
  markdown,
  focused,
  onPublished,
}: Props) {
  if (markdown === null) return <aside class="sidebar" aria-label={t('ws_sidebar')} />;
  return (
    <aside class="sidebar" aria-label={t('ws_sidebar')}>
      <ExportBar doc={doc} markdown={markdown}>
        <PublishButton doc={doc} onPublished={onPublished} />
      </ExportBar>
      <ChecksList doc={doc} markdown={markdown} />
      <LinkRuleChecks doc={doc} />
      <LiveLinkCheck doc={doc} />
      <PreviewPane markdown={markdown} style={doc.issue.style} focused={focused} />
    </aside>
  );
});
