import type { IssueDocument } from '../../core/model';
import type { TeamConfig } from '../../team/config';

/** A line in the Team view's status region. */
export interface Status {
  text: string;
  kind: 'info' | 'error';
  /** Links to the host's pages for a commit just pushed. */
  links?: { commit: string; pullRequest: string } | null;
  /** Shown after a publish on a host without known links. */
  hint?: string;
  /** The page that opens a pull request for a proposal just pushed. */
  pullRequest?: string;
}

/** What the actions need once a repository is connected. */
export interface Connection {
  config: TeamConfig;
  token: string;
  name: string;
}

/** What each group of the Team view's actions is given. */
export interface ActionProps {
  connection: Connection;
  /** The draft as the workspace shows it, and its render (what a commit writes). */
  doc: IssueDocument;
  markdown: string;
  /** An action runs: the others wait. */
  busy: boolean;
  run: (work: () => Promise<Status | null>) => void;
  /** The draft was changed by the action (an edition opened, a sync merged). */
  onChanged: () => void;
}
