import { clipUrlProblem } from '../core/text/url-problem';
import { t } from '../ui/i18n';
import { urlProblemMessage } from '../ui/url-problem-text';

/**
 * Why a save failed, in the popup's language. The background checks the URL with the same
 * `validateClipUrl` and answers in English, so a URL refusal is named again from the
 * field; any other reason is shown as the background gave it. Loaded only on a failure.
 */
export function failure(url: string, message: string): string {
  const problem = clipUrlProblem(url);
  if (!problem) return message;
  const { key, subs } = urlProblemMessage(problem);
  return t(key, ...subs);
}
