import { MAX_URL_LENGTH } from '../model/limits';
import { parseUrl, validateClipUrl } from './url';

/**
 * Why `validateClipUrl` refused a URL, as a code a page can say in the user's language.
 * `validateClipUrl` stays the one verdict: this only names its reason,
 * so the two cannot disagree on what is accepted (a unit test holds them together).
 */
export type UrlProblem =
  | { kind: 'empty' }
  | { kind: 'too-long'; max: number }
  | { kind: 'not-url' }
  | { kind: 'script' }
  | { kind: 'data' }
  | { kind: 'file' }
  | { kind: 'scheme'; scheme: string }
  | { kind: 'credentials' };

const NAMED: Record<string, UrlProblem> = {
  'javascript:': { kind: 'script' },
  'data:': { kind: 'data' },
  'file:': { kind: 'file' },
};

export function clipUrlProblem(url: string): UrlProblem | null {
  if (validateClipUrl(url).ok) return null;
  const text = url.trim();
  const tooLong: UrlProblem = { kind: 'too-long', max: MAX_URL_LENGTH };
  if (text === '') return { kind: 'empty' };
  if (text.length > MAX_URL_LENGTH) return tooLong;
  const parsed = parseUrl(text);
  if (!parsed) return { kind: 'not-url' };
  const named = NAMED[parsed.protocol];
  if (named) return named;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { kind: 'scheme', scheme: parsed.protocol.slice(0, -1) };
  }
  if (parsed.username || parsed.password) return { kind: 'credentials' };
  // What is left is the escaped form growing past the limit.
  return tooLong;
}
