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
