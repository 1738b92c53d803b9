import web from 'isomorphic-git/http/web';
import type { TeamConfig } from './config';
import { TeamError, teamError } from './errors';

/**
 * The HTTP client isomorphic-git talks through, with what isomorphic-git itself does not
 * check: how much a server may send, and whether an answer ended where git's protocol says
 * it ends. isomorphic-git reads answers through a parser that takes any failure of the
 * stream for its end, so the client keeps what it saw (`Session.problem`) and the caller
 * reports that instead of whatever the parser made of a cut or capped answer.
 */

export interface Remote {
  config: TeamConfig;
  token: string;
  /** Per HTTP request; a server that stops answering fails with `timeout`. */
  timeoutMs?: number;
  /** How many times a push refused because a teammate pushed first is retried. */
  retries?: number;
  /** Bytes one answer may hold before it is dropped with `tooLarge`. */
  maxResponseBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** Far above a team's packs and issues; a clone past it is not this repository's job. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
const MIB = 1024 * 1024;

export interface Session {
  http: { request: typeof web.request };
  onAuth: () => { username: string; password: string };
  /** What the server said beside its answer (a hook's words on a refused push). */
  onMessage: (line: string) => void;
  url: string;
  /** Set when an answer was too large or cut short: the operation failed for that reason. */
  problem?: TeamError;
  onProblem?: (problem: TeamError) => void;
  /** A pack was sent to be applied: from then on a failure may hide a push that landed. */
  packSent: boolean;
  messages: string[];
}

type Body = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

// Every answer of git's smart protocol (a listing, a pack, a push's report) ends with a
// flush packet, "0000": without it, the connection closed early.
const FLUSH = [0x30, 0x30, 0x30, 0x30];
const endsWithFlush = (tail: number[]) => tail.length === 4 && tail.every((b, i) => b === FLUSH[i]);

function fail(session: Session, problem: TeamError): TeamError {
  session.problem ??= problem;
  session.onProblem?.(session.problem);
  return session.problem;
}

async function* watched(body: Body, session: Session, limit: number, smart: boolean) {
  let total = 0;
  let tail: number[] = [];
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > limit) {
      // Leaving the loop cancels the stream: the rest is never downloaded.
      throw fail(session, new TeamError('tooLarge', String(Number((limit / MIB).toFixed(1)))));
    }
    tail = [...tail, ...chunk.subarray(Math.max(0, chunk.byteLength - 4))].slice(-4);
    yield chunk;
  }
  if (smart && !endsWithFlush(tail)) throw fail(session, new TeamError('cut'));
}

export function session(remote: Remote): Session {
  const timeout = remote.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const limit = remote.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const username = remote.config.username || 'git';
  const bytes = new TextEncoder().encode(`${username}:${remote.token}`);
  const basic = `Basic ${btoa(String.fromCharCode(...bytes))}`;
  const state: Session = {
    http: {
      async request(request) {
        if (request.method === 'POST' && request.url.endsWith('/git-receive-pack')) {
          state.packSent = true;
        }
        const response = await web.request({
          ...request,
          // Sent with every request, and the browser's own credentials never: a 401 that
          // may carry them makes Chrome open its sign-in dialog and the request waits on it.
          headers: { ...request.headers, Authorization: basic },
          fetchOptions: { credentials: 'omit' },
          signal: request.signal ?? AbortSignal.timeout(timeout),
        });
        const type = response.headers?.['content-type'] ?? '';
        const smart = response.statusCode === 200 && type.startsWith('application/x-git-');
        if (!response.body) return response;
        return { ...response, body: watched(response.body, state, limit, smart) };
      },
    },
    // Offered on a 401 only once: a wrong token fails at once instead of looping.
    onAuth: () => ({ username, password: remote.token }),
    onMessage: (line) => {
      state.messages.push(line.trim());
    },
    url: remote.config.url.trim(),
    packSent: false,
    messages: [],
  };
  return state;
}

/**
 * Runs one git operation in `state`: a problem the client saw wins over what isomorphic-git
 * made of it, and ends the wait at once (the parser may still be busy with what it read).
 */
export async function within<T>(state: Session, work: () => Promise<T>): Promise<T> {
  const seen = new Promise<never>((_, reject) => {
    state.onProblem = reject;
  });
  seen.catch(() => undefined);
  try {
    const result = await Promise.race([work(), seen]);
    if (state.problem) throw state.problem;
    return result;
  } catch (error) {
    throw state.problem ?? teamError(error, state.messages);
  } finally {
    state.onProblem = undefined;
  }
}
