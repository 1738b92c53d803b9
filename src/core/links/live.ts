/**
 * Fetching each link of an issue to see that it still answers. The fetch is passed in (the
 * command line gives Node's, the workspace the browser's), so this stays plain TypeScript
 * and tests can answer from a local server.
 */

/** What the checker needs of an answer: its status and a header. */
export interface LinkAnswer {
  status: number;
  headers: { get(name: string): string | null };
}

/** `redirect: 'manual'`, so a 301 is seen as a 301 and its Location read. */
export type LinkFetch = (
  url: string,
  init: { method: 'HEAD' | 'GET'; redirect: 'manual'; signal: AbortSignal },
) => Promise<LinkAnswer>;

export type LiveVerdict =
  | { kind: 'ok' }
  | { kind: 'dead'; reason: string }
  | { kind: 'moved'; to: string }
  | { kind: 'login'; to: string }
  | { kind: 'slow'; ms: number };

export interface LiveResult {
  url: string;
  verdict: LiveVerdict;
  ms: number;
}

export interface LiveOptions {
  fetch: LinkFetch;
  /** Links fetched at once. */
  concurrency?: number;
  /** Each link's whole check (every hop) is given up after this. */
  timeoutMs?: number;
  /** A link that answers but takes longer than this is reported as slow. */
  slowMs?: number;
  /** Called after each link, with how many are done. */
  onProgress?: (done: number, total: number) => void;
  now?: () => number;
}

const MAX_HOPS = 5;

/**
 * Links fetched at once by default. A digest's links are spread over a hundred hosts, so
 * many at once burden none of them, and the whole check takes about its slowest answer:
 * 200 links at half a second each, 48 at a time, wait about two seconds, not a hundred.
 */
export const LIVE_CONCURRENCY = 48;

/**
 * Where a redirect that ends on one of these paths or hosts lands: a sign-in or paywall
 * page stands in for the article, so readers of the digest would not see it.
 */
const LOGIN_PATH =
  /\/(log-?in|sign-?in|sign_in|auth|sso|session|account\/login|subscribe|paywall)(\/|$|\?)/i;
const LOGIN_HOSTS =
  /^(accounts\.google\.com|login\.microsoftonline\.com|auth\.|login\.|signin\.|sso\.)/i;

export function isLoginPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return LOGIN_PATH.test(parsed.pathname) || LOGIN_HOSTS.test(parsed.hostname);
  } catch {
    return false;
  }
}

/** HEAD first; servers that refuse it (405, 501, some 403s and 400s) are asked with GET. */
async function ask(fetch: LinkFetch, url: string, signal: AbortSignal): Promise<LinkAnswer> {
  const head = await fetch(url, { method: 'HEAD', redirect: 'manual', signal }).catch(() => null);
  if (head && ![400, 403, 405, 501].includes(head.status)) return head;
  return fetch(url, { method: 'GET', redirect: 'manual', signal });
}

function failure(error: unknown, timedOut: boolean): LiveVerdict {
  if (timedOut) return { kind: 'dead', reason: 'timeout' };
  const cause = (error as { cause?: { code?: string } })?.cause?.code;
  if (cause === 'ENOTFOUND' || cause === 'EAI_AGAIN') return { kind: 'dead', reason: 'DNS' };
  if (cause === 'ECONNREFUSED') return { kind: 'dead', reason: 'connection refused' };
  if (cause === 'ECONNRESET') return { kind: 'dead', reason: 'connection reset' };
  return { kind: 'dead', reason: cause ?? 'network error' };
}

async function checkOne(url: string, options: LiveOptions): Promise<LiveResult> {
  const now = options.now ?? Date.now;
  const started = now();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? 10_000);
  try {
    let at = url;
    let permanent = true;
    for (let hop = 0; hop <= MAX_HOPS; hop++) {
      const answer = await ask(options.fetch, at, controller.signal);
      const location = answer.headers.get('location');
      if (answer.status >= 300 && answer.status < 400 && location) {
        permanent &&= answer.status === 301 || answer.status === 308;
        at = new URL(location, at).href;
        continue;
      }
      const ms = now() - started;
      if (answer.status >= 400) {
        return { url, ms, verdict: { kind: 'dead', reason: `HTTP ${answer.status}` } };
      }
      if (at !== url && isLoginPage(at)) return { url, ms, verdict: { kind: 'login', to: at } };
      if (at !== url && permanent) return { url, ms, verdict: { kind: 'moved', to: at } };
      if (ms > (options.slowMs ?? 5_000)) return { url, ms, verdict: { kind: 'slow', ms } };
      return { url, ms, verdict: { kind: 'ok' } };
    }
    return { url, ms: now() - started, verdict: { kind: 'dead', reason: 'too many redirects' } };
  } catch (error) {
    return { url, ms: now() - started, verdict: failure(error, timedOut) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Checks every link, at most `concurrency` at a time, each within its timeout, so the whole
 * takes about the slowest answer times the number of rounds, never the sum of the waits.
 * Results come in the order of `urls`; a URL given twice is fetched once.
 */
export async function checkLive(
  urls: readonly string[],
  options: LiveOptions,
): Promise<LiveResult[]> {
  const unique = [...new Set(urls)];
  const results = new Map<string, LiveResult>();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < unique.length) {
      const url = unique[next++] as string;
      results.set(url, await checkOne(url, options));
      options.onProgress?.(++done, unique.length);
    }
  };
  const lanes = Math.max(1, Math.min(options.concurrency ?? LIVE_CONCURRENCY, unique.length));
  await Promise.all(Array.from({ length: lanes }, worker));
  return urls.map((url) => results.get(url) as LiveResult);
}
