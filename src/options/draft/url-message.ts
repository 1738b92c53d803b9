import { clipUrlProblem } from '../../core/text/url-problem';
import { t } from '../../ui/i18n';
import { urlProblemMessage } from '../../ui/url-problem-text';

/** Why a typed URL cannot be clipped, in the page's language; null when it can. */
export function urlMessage(url: string, allowEmpty: boolean): string | null {
  if (url.trim() === '' && allowEmpty) return null;
  const problem = clipUrlProblem(url);
  if (!problem) return null;
  const { key, subs } = urlProblemMessage(problem);
  return t(key, ...subs);
}
