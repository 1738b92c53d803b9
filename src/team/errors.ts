/**
 * What went wrong talking to the team's repository, in words a user can act on. Every
 * failure of the git transport becomes one of these codes; the Team view and the command
 * line each say it in their own language.
 */
export type TeamErrorCode =
  | 'offline'
  | 'timeout'
  | 'auth'
  | 'notFound'
  | 'branch'
  | 'notGit'
  | 'server'
  | 'conflict'
  | 'permission'
  /** An answer larger than the client accepts (detail: the limit in MB). */
  | 'tooLarge'
  /** An answer that ended before git's protocol says it ends. */
  | 'cut'
  /** The server would not take the push (a hook, a protected branch); detail: its words. */
  | 'refused'
  /**
   * The pack was sent and then the connection failed, and the branch could not be read
   * afterwards: the push may have gone through (detail: the failure's own code).
   */
  | 'uncertain';

export class TeamError extends Error {
  constructor(
    readonly code: TeamErrorCode,
    readonly detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'TeamError';
  }
}

interface GitLikeError {
  name?: string;
  code?: string;
  message?: string;
  data?: { statusCode?: number; result?: { error?: string; refs?: Record<string, RefResult> } };
  cause?: unknown;
}
interface RefResult {
  ok: boolean;
  error?: string;
}

// What git's receive-pack says when the branch moved under the push: a teammate was first,
// and fetching their work and pushing again is the answer. Any other refusal is the
// server's own rule, which asking again never changes.
const MOVED =
  /fetch first|non-fast-forward|stale info|failed to (update|lock) ref|cannot lock ref/i;

/** A refused push: `conflict` when the branch moved, else `refused` with the server's words. */
function pushRefusal(e: GitLikeError, messages: string[]): TeamError {
  const result = e.data?.result;
  const reasons = [
    ...(result?.error ? [result.error] : []),
    ...Object.values(result?.refs ?? {})
      .filter((ref) => !ref.ok)
      .map((ref) => ref.error ?? ''),
  ].filter(Boolean);
  if (reasons.length > 0 && reasons.every((reason) => MOVED.test(reason))) {
    return new TeamError('conflict', reasons.join('; '));
  }
  const said = messages.filter(Boolean);
  return new TeamError('refused', [...said, ...reasons].join(' ') || (e.message ?? ''));
}

/**
 * isomorphic-git's, fetch's and the abort signal's errors, sorted into our codes;
 * `messages` are the lines the server sent beside its answer.
 */
export function teamError(error: unknown, messages: string[] = []): TeamError {
  if (error instanceof TeamError) return error;
  const e = (error ?? {}) as GitLikeError;
  const message = e.message ?? String(error);
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return new TeamError('timeout');
  if (e.code === 'HttpError') {
    const status = e.data?.statusCode ?? 0;
    if (status === 401 || status === 403) return new TeamError('auth', String(status));
    if (status === 404) return new TeamError('notFound', '404');
    return new TeamError('server', String(status));
  }
  if (e.code === 'SmartHttpError') return new TeamError('notGit', message);
  if (e.code === 'NotFoundError') return new TeamError('branch', message);
  // isomorphic-git's own check before sending: the branch moved since our clone.
  if (e.code === 'PushRejectedError') return new TeamError('conflict', message);
  if (e.code === 'GitPushError') return pushRefusal(e, messages);
  // fetch rejects with a TypeError when nothing answers (offline, refused, DNS).
  if (error instanceof TypeError) return new TeamError('offline', message);
  return new TeamError('server', message);
}
