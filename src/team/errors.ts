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
  | 'permission';

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
  data?: { statusCode?: number };
  cause?: unknown;
}

/** isomorphic-git's, fetch's and the abort signal's errors, sorted into our codes. */
export function teamError(error: unknown): TeamError {
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
  if (e.code === 'PushRejectedError' || e.code === 'GitPushError') {
    return new TeamError('conflict', message);
  }
  // fetch rejects with a TypeError when nothing answers (offline, refused, DNS).
  if (error instanceof TypeError) return new TeamError('offline', message);
  return new TeamError('server', message);
}
