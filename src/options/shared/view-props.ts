import type { Issue, IssueDocument } from '../../core/model';
import type { StoredClip } from '../../storage/schema/stores';
import type { IssueTextKey } from './live-issue';

/**
 * What the workspace gives every view (views.tsx): the one shape a view is written
 * against, so a new view needs no change to the page shell.
 */
export interface ViewProps {
  /** The current draft as stored. */
  draft: IssueDocument;
  /** The draft with the issue fields being typed applied: what its Markdown shows. */
  doc: IssueDocument;
  /** The draft's Markdown; `null` until the first screen was painted. */
  markdown: string | null;
  /** Trashed clips, read while a view that lists them is open (`null` otherwise). */
  trash: StoredClip[] | null;
  /** Published issues, newest first, read while a view that lists them is open. */
  past: Issue[] | null;
  /** Reads the workspace again; resolves once the new read is shown. */
  reload: () => Promise<void>;
  /** Shows a saved issue at once, before the change notice's reload. */
  showIssue: (issue: Issue) => void;
  /** Opens the draft with this clip in view. */
  showInDraft: (clipId: string) => void;
  /** The draft's issue fields report text typed but not yet saved (`null`: saved). */
  onLive: (key: IssueTextKey, value: string | null) => void;
  /** Opens Publish with these clips to carry over to the next draft. */
  onCarryOver: (ids: string[]) => void;
  /** A clip the draft should bring into view (from Search), with a token per request. */
  focusRequest: { clipId: string; token: number } | null;
}
