import { clipUrlProblem } from '../../core/url-problem';
import { urlProblemMessage } from '../../ui/url-problem-text';
import { tr } from '../strings';

/** Why a typed URL cannot be clipped, in the page's language; null when it can. */
export function urlMessage(url: string, allowEmpty: boolean): string | null {
  if (url.trim() === '' && allowEmpty) return null;
  const problem = clipUrlProblem(url);
  if (!problem) return null;
  const { key, subs } = urlProblemMessage(problem);
  return tr(key, ...subs);
}
