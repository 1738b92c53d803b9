import type { ConfigProblem } from '../../team/config';
import { TeamError } from '../../team/errors';
import { errorText } from '../shared/notify';
import { tt } from './strings';

const PROBLEMS: Record<ConfigProblem, () => string> = {
  url: () => tt('errUrl'),
  insecureUrl: () => tt('errInsecureUrl'),
  branch: () => tt('errBranch'),
  folder: () => tt('errFolder'),
  publishPath: () => tt('errPublishPath'),
};

export const problemText = (problem: ConfigProblem) => PROBLEMS[problem]();

/** A failure as the user reads it, always saying that nothing was changed. */
export function failureText(error: unknown, branch: string): string {
  const text = (() => {
    if (!(error instanceof TeamError)) return errorText(error);
    switch (error.code) {
      case 'offline':
        return tt('errOffline');
      case 'timeout':
        return tt('errTimeout');
      case 'auth':
        return tt('errAuth', error.detail);
      case 'notFound':
        return tt('errNotFound');
      case 'branch':
        return tt('errBranchMissing', branch);
      case 'notGit':
        return tt('errNotGit');
      case 'conflict':
        return tt('errConflict');
      case 'permission':
        return tt('errPermission', error.detail);
      default:
        return tt('errServer', error.detail.slice(0, 80));
    }
  })();
  return `${text} ${tt('nothingChanged')}`;
}
