import type { ConfigProblem } from '../../team/config';
import { TeamError } from '../../team/errors';
import { t } from '../../ui/i18n';
import { errorText } from '../shared/notify';

const PROBLEMS: Record<ConfigProblem, () => string> = {
  url: () => t('team_errUrl'),
  insecureUrl: () => t('team_errInsecureUrl'),
  branch: () => t('team_errBranch'),
  folder: () => t('team_errFolder'),
  publishPath: () => t('team_errPublishPath'),
  pushUrl: () => t('team_errPushUrl'),
  editionPath: () => t('team_errEditionPath'),
  archive: () => t('team_errArchive'),
  archiveNeedsEdition: () => t('team_errArchiveNeedsEdition'),
};

export const problemText = (problem: ConfigProblem) => PROBLEMS[problem]();

/**
 * A failure as the user reads it, saying that nothing was changed, except after a push
 * that may have gone through.
 */
export function failureText(error: unknown, branch: string): string {
  if (error instanceof TeamError && error.code === 'uncertain') return t('team_errUncertain');
  const text = (() => {
    if (!(error instanceof TeamError)) return errorText(error);
    switch (error.code) {
      case 'offline':
        return t('team_errOffline');
      case 'timeout':
        return t('team_errTimeout');
      case 'auth':
        return t('team_errAuth', error.detail);
      case 'notFound':
        return t('team_errNotFound');
      case 'branch':
        return t('team_errBranchMissing', branch);
      case 'notGit':
        return t('team_errNotGit');
      case 'conflict':
        return t('team_errConflict');
      case 'permission':
        return t('team_errPermission', error.detail);
      case 'tooLarge':
        return t('team_errTooLarge', error.detail);
      case 'cut':
        return t('team_errCut');
      case 'refused':
        return t('team_errRefused', error.detail.slice(0, 200));
      default:
        return t('team_errServer', error.detail.slice(0, 80));
    }
  })();
  return `${text} ${t('team_nothingChanged')}`;
}
