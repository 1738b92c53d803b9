import type { UrlProblem } from '../core/url-problem';

/** The `ws_url*` message (without its prefix) that explains a URL problem, and its values. */
export function urlProblemMessage(problem: UrlProblem): { key: UrlMessageKey; subs: string[] } {
  switch (problem.kind) {
    case 'empty':
      return { key: 'urlEmpty', subs: [] };
    case 'too-long':
      return { key: 'urlTooLong', subs: [String(problem.max)] };
    case 'not-url':
      return { key: 'urlNotUrl', subs: [] };
    case 'script':
      return { key: 'urlScript', subs: [] };
    case 'data':
      return { key: 'urlData', subs: [] };
    case 'file':
      return { key: 'urlFile', subs: [] };
    case 'scheme':
      return { key: 'urlScheme', subs: [problem.scheme] };
    case 'credentials':
      return { key: 'urlCredentials', subs: [] };
  }
}

export type UrlMessageKey =
  | 'urlEmpty'
  | 'urlTooLong'
  | 'urlNotUrl'
  | 'urlScript'
  | 'urlData'
  | 'urlFile'
  | 'urlScheme'
  | 'urlCredentials';
