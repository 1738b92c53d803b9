import type { UrlProblem } from '../core/text/url-problem';
import type { MessageKey } from './i18n';

/** The `ws_url*` message that explains a URL problem, and its values. */
export function urlProblemMessage(problem: UrlProblem): { key: UrlMessageKey; subs: string[] } {
  switch (problem.kind) {
    case 'empty':
      return { key: 'ws_urlEmpty', subs: [] };
    case 'too-long':
      return { key: 'ws_urlTooLong', subs: [String(problem.max)] };
    case 'not-url':
      return { key: 'ws_urlNotUrl', subs: [] };
    case 'script':
      return { key: 'ws_urlScript', subs: [] };
    case 'data':
      return { key: 'ws_urlData', subs: [] };
    case 'file':
      return { key: 'ws_urlFile', subs: [] };
    case 'scheme':
      return { key: 'ws_urlScheme', subs: [problem.scheme] };
    case 'credentials':
      return { key: 'ws_urlCredentials', subs: [] };
  }
}

export type UrlMessageKey = Extract<MessageKey, `ws_url${string}`>;
