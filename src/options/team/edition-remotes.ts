import type { HouseStyle } from '../../core/markdown';
import { styleOf } from '../../core/markdown';
import { digestOf, type IssueDocument } from '../../core/model';
import { EditionConflictError } from '../../team/proposal';
import type { Remote } from '../../team/transport';
import { t } from '../../ui/i18n';
import { editionFailure } from './EditionActions';
import { type EditionState, loadEditionState } from './edition-state';
import type { Connection } from './types';

/**
 * What Propose and Sync both start from: the two repositories (the upstream read, and the
 * one pushed to: the fork, or the upstream itself), the digest's style, and the edition
 * the current issue was opened from. An issue not opened from the repository has none.
 */
export interface EditionContext {
  upstream: Remote;
  push: Remote;
  style: HouseStyle;
  digestId: string;
  state: EditionState;
}

export async function editionContext(
  connection: Connection,
  doc: IssueDocument,
  custom: readonly HouseStyle[],
): Promise<EditionContext | null> {
  const { config, token } = connection;
  const digestId = digestOf(doc.issue);
  const state = await loadEditionState(digestId);
  if (!state || state.issueId !== doc.issue.id || state.url !== config.url) return null;
  return {
    upstream: { config, token },
    push: { config: { ...config, url: config.pushUrl || config.url }, token },
    style: styleOf(doc.issue.style, custom),
    digestId,
    state,
  };
}

/** A failure of Propose or Sync as the editor reads it. */
export function editionCommitFailure(error: unknown, branch: string): string {
  if (error instanceof EditionConflictError) return t('team_editionConflict', error.count);
  return editionFailure(error, branch);
}
