import { useState } from 'preact/hooks';
import type { Clip } from '../../core/model';
import type { ViewProps } from '../shared/view-props';
import { DraftSidebar } from './DraftSidebar';
import { DraftView } from './DraftView';
import { frontMatterHead } from './FrontMatterFields';
import { IssueFields } from './IssueFields';

/**
 * The draft view: the issue's fields and its outline, with the Markdown, checks and
 * preview beside them. The workspace's first screen, so it is not loaded lazily.
 */
export function DraftPage(props: ViewProps) {
  const [focused, setFocused] = useState<Clip | null>(null);
  return (
    <div class="columns">
      <div class="main-column">
        <IssueFields
          issue={props.draft.issue}
          head={frontMatterHead(props.markdown ?? '')}
          onSaved={props.showIssue}
          onLive={props.onLive}
        />
        <DraftView
          doc={props.draft}
          reload={props.reload}
          onSaved={props.showIssue}
          onFocusClip={setFocused}
          onCarryOver={props.onCarryOver}
          focusRequest={props.focusRequest}
        />
      </div>
      <DraftSidebar
        doc={props.doc}
        markdown={props.markdown}
        focused={focused}
        onPublished={props.reload}
      />
    </div>
  );
}
