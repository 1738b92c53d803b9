import { clipUrlProblem } from '../core/url-problem';
import { tr } from './strings';

/** Why a typed URL cannot be clipped, in the page's language; null when it can. */
export function urlMessage(url: string, allowEmpty: boolean): string | null {
  if (url.trim() === '' && allowEmpty) return null;
  const problem = clipUrlProblem(url);
  switch (problem?.kind) {
    case undefined:
      return null;
    case 'empty':
      return tr('urlEmpty');
    case 'too-long':
      return tr('urlTooLong', problem.max);
    case 'not-url':
      return tr('urlNotUrl');
    case 'script':
      return tr('urlScript');
    case 'data':
      return tr('urlData');
    case 'file':
      return tr('urlFile');
    case 'scheme':
      return tr('urlScheme', problem.scheme);
    case 'credentials':
      return tr('urlCredentials');
  }
}
