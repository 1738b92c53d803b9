import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real smart-HTTP git server for tests: Debian's `git http-backend` run as CGI behind a
 * Node HTTP server with basic auth, on 127.0.0.1 and a random port. Each server owns one
 * temporary folder of bare repositories, removed by `close()`.
 */

const BACKEND = '/usr/lib/git-core/git-http-backend';
/** A request body larger than this is refused: test packs are small. */
const MAX_BODY = 20 * 1024 * 1024;
/** A CGI process still running after this is killed, so a test never hangs on git. */
const CGI_TIMEOUT_MS = 30_000;

export type HookKind = 'advertise-receive' | 'receive-pack';

export interface GitServer {
  /** `http://127.0.0.1:PORT/NAME.git` for a repository made with `createRepo`. */
  url(name: string): string;
  origin: string;
  user: string;
  token: string;
  /** Runs the `git` CLI in the bare repository (inspection, or a teammate's push). */
  git(name: string, ...args: string[]): string;
  /** A bare repository whose HEAD names `branch`, with one commit holding README.md. */
  createRepo(name: string, branch?: string): void;
  /** Commits `files` to `branch` from outside HTTP, as a teammate pushing first would. */
  commitDirectly(
    name: string,
    branch: string,
    files: Record<string, string>,
    message: string,
  ): void;
  /** 'ok' serves git; 'error' answers 500; 'hang' never answers (for timeouts). */
  mode: 'ok' | 'error' | 'hang';
  /**
   * Called before the next git request of a kind runs, once; cleared after. Returning
   * 'cut' hands git only the first half of the request body and then drops the
   * connection, as a network failure halfway through a push would.
   */
  once: Partial<Record<HookKind, () => unknown>>;
  /**
   * Takes over each request it returns true for and answers it itself (faults.ts: an
   * endless body, a cut one); a request with the `x-test-real` header always reaches git.
   */
  intercept?: (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;
  /** Requests served, as `METHOD path?query`, for tests that check what was asked. */
  log: string[];
  close(): Promise<void>;
}

const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test Server',
  GIT_AUTHOR_EMAIL: 'server@example.test',
  GIT_COMMITTER_NAME: 'Test Server',
  GIT_COMMITTER_EMAIL: 'server@example.test',
  HOME: tmpdir(),
};

function run(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function authorized(req: IncomingMessage, user: string, token: string): boolean {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return false;
  return Buffer.from(header.slice(6), 'base64').toString('utf8') === `${user}:${token}`;
}

/** Streams the CGI answer: its header block (with `Status:`) becomes the HTTP status line. */
function pipeCgi(child: ChildProcess, res: ServerResponse) {
  let head = Buffer.alloc(0);
  let sent = false;
  child.stdout?.on('data', (chunk: Buffer) => {
    if (sent) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    let status = 200;
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else if (name) res.setHeader(name, value);
    }
    res.writeHead(status);
    res.write(head.subarray(end + 4));
    sent = true;
  });
  child.on('close', () => {
    if (!sent && !res.headersSent) res.writeHead(502);
    res.end();
  });
}

export async function startGitServer(
  options: { user?: string; token?: string } = {},
): Promise<GitServer> {
  const root = mkdtempSync(join(tmpdir(), 'digest-git-'));
  const user = options.user ?? 'editor';
  const token = options.token ?? 'secret-token';
  const children = new Set<ChildProcess>();
  const hanging = new Set<ServerResponse>();

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    state.log.push(`${req.method} ${url.pathname}${url.search}`);
    if (!authorized(req, user, token)) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' }).end('Unauthorized');
      return;
    }
    if (state.mode === 'error') {
      res.writeHead(500).end('Internal Server Error');
      return;
    }
    if (state.mode === 'hang') {
      hanging.add(res);
      return;
    }
    if (!req.headers['x-test-real'] && state.intercept?.(req, res, url)) return;
    const kind =
      url.searchParams.get('service') === 'git-receive-pack'
        ? 'advertise-receive'
        : url.pathname.endsWith('/git-receive-pack')
          ? 'receive-pack'
          : null;
    const hook = kind ? state.once[kind] : undefined;
    let cut = false;
    if (kind && hook) {
      delete state.once[kind];
      cut = (await hook()) === 'cut';
    }
    const child = spawn(BACKEND, [], {
      env: {
        ...GIT_ENV,
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        REMOTE_USER: user,
        REMOTE_ADDR: '127.0.0.1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        ...(req.headers['content-encoding']
          ? { HTTP_CONTENT_ENCODING: String(req.headers['content-encoding']) }
          : {}),
        ...(req.headers['git-protocol']
          ? { GIT_PROTOCOL: String(req.headers['git-protocol']) }
          : {}),
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    children.add(child);
    const timer = setTimeout(() => child.kill('SIGKILL'), CGI_TIMEOUT_MS);
    child.on('close', () => {
      clearTimeout(timer);
      children.delete(child);
    });
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) child.kill('SIGKILL');
    });
    if (cut) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      child.stdin?.end(body.subarray(0, Math.floor(body.length / 2)));
      child.stdout?.resume();
      child.on('close', () => res.destroy());
      return;
    }
    req.pipe(child.stdin as NodeJS.WritableStream);
    pipeCgi(child, res);
  });
  // Tests block the event loop while the git CLI runs; a socket the server closes as idle
  // at the moment the client takes it again from its pool fails that request. The client
  // closes its idle sockets first (its own timeout is shorter), so none is reset under it.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bare = (name: string) => join(root, `${name}.git`);

  const state: GitServer = {
    origin,
    user,
    token,
    mode: 'ok',
    once: {},
    log: [],
    url: (name) => `${origin}/${name}.git`,
    git: (name, ...args) => run(bare(name), args),
    createRepo(name, branch = 'main') {
      run(root, ['init', '--bare', '--quiet', `--initial-branch=${branch}`, bare(name)]);
      run(bare(name), ['config', 'http.receivepack', 'true']);
      state.commitDirectly(name, branch, { 'README.md': '# Team digest\n' }, 'Start');
    },
    commitDirectly(name, branch, files, message) {
      const work = mkdtempSync(join(root, 'work-'));
      try {
        run(work, ['init', '--quiet', `--initial-branch=${branch}`]);
        run(work, ['remote', 'add', 'origin', bare(name)]);
        const has = run(work, ['ls-remote', 'origin', `refs/heads/${branch}`]).trim();
        if (has) {
          run(work, ['fetch', '--quiet', 'origin', branch]);
          run(work, ['reset', '--quiet', '--hard', 'FETCH_HEAD']);
        }
        for (const [path, text] of Object.entries(files)) {
          const full = join(work, path);
          execFileSync('mkdir', ['-p', join(full, '..')]);
          writeFileSync(full, text);
        }
        run(work, ['add', '--all']);
        run(work, ['commit', '--quiet', '-m', message]);
        run(work, ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
    async close() {
      for (const res of hanging) res.destroy();
      for (const child of children) child.kill('SIGKILL');
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(root, { recursive: true, force: true });
    },
  };
  return state;
}
