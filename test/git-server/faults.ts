import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitServer } from './server';

/**
 * Servers that misbehave the way real ones and broken networks do, built on the real
 * `git http-backend` server: each takes over only the requests it names (`intercept`)
 * and lets the rest reach git.
 */

/** An endless answer stops by itself after this many bytes, so no test can run forever. */
const ENDLESS_STOP = 1024 * 1024 * 1024;

/** One pkt-line of side-band channel 1 (pack data), 65,520 bytes in all. */
function packLine(first: boolean): Buffer {
  const data = Buffer.alloc(65_515);
  if (first) {
    data.write('PACK', 0, 'latin1');
    data.writeUInt32BE(2, 4);
    data.writeUInt32BE(0xffffffff, 8);
  }
  return Buffer.concat([Buffer.from(`fff0\u0001`, 'latin1'), data]);
}

/**
 * Every fetch of objects (a clone's `git-upload-pack` POST) is answered with a pack that
 * never ends: it streams until the client hangs up (or ENDLESS_STOP). Returns how many
 * bytes were written so far, read when the test wants it.
 */
export function serveEndlessPack(server: GitServer): () => number {
  let sent = 0;
  server.intercept = (req, res, url) => {
    if (req.method !== 'POST' || !url.pathname.endsWith('/git-upload-pack')) return false;
    req.resume();
    res.writeHead(200, { 'Content-Type': 'application/x-git-upload-pack-result' });
    let open = true;
    res.on('close', () => {
      open = false;
    });
    const line = packLine(false);
    const pump = () => {
      let first = sent === 0;
      if (first) res.write('0008NAK\n');
      while (open && sent < ENDLESS_STOP) {
        const chunk = first ? packLine(true) : line;
        first = false;
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
    return true;
  };
  return () => sent;
}

const REAL_HEADERS = ['authorization', 'content-type', 'git-protocol', 'content-encoding'];

/** Sends the request on to git itself and returns its whole answer. */
async function answerOf(server: GitServer, req: IncomingMessage, url: URL) {
  const headers: Record<string, string> = { 'x-test-real': '1' };
  for (const name of REAL_HEADERS) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const answer = await fetch(`${server.origin}${url.pathname}${url.search}`, {
    method: req.method,
    headers,
    body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
  });
  return {
    status: answer.status,
    type: answer.headers.get('content-type') ?? '',
    body: Buffer.from(await answer.arrayBuffer()),
  };
}

/**
 * The listing of branches (the `info/refs` advertisement, or protocol v2's `ls-refs`) is
 * cut just before the line naming `branch`, and the answer then ends cleanly: the
 * connection closed early as far as the client can tell, with no error.
 */
export function cutBranchListing(server: GitServer, branch = 'main'): void {
  server.intercept = (req, res, url) => {
    const listing =
      url.pathname.endsWith('/info/refs') || url.pathname.endsWith('/git-upload-pack');
    if (!listing) return false;
    void answerOf(server, req, url).then(({ status, type, body }) => {
      const text = body.toString('latin1');
      const at = text.indexOf(` refs/heads/${branch}\n`);
      const cut = at < 0 ? body : body.subarray(0, text.lastIndexOf('\n', at) + 1);
      res.writeHead(status, { 'Content-Type': type }).end(cut);
    });
    return true;
  };
}

/**
 * The next push reaches git and is applied, but its answer never arrives: the connection
 * drops once git is done, as when the network fails at the last moment. `after` runs
 * then (a test may make the server fail from that moment on).
 */
export function dropPushAnswer(server: GitServer, after: () => void = () => undefined): void {
  server.intercept = (req, res, url) => {
    if (req.method !== 'POST' || !url.pathname.endsWith('/git-receive-pack')) return false;
    server.intercept = undefined;
    void answerOf(server, req, url).then(() => {
      after();
      res.destroy();
    });
    return true;
  };
}

/** A pre-receive hook that refuses every push, saying `reason`, as a protected branch does. */
export function refuseEveryPush(server: GitServer, name: string, reason: string): void {
  const dir = server.git(name, 'rev-parse', '--absolute-git-dir').trim();
  const hook = join(dir, 'hooks', 'pre-receive');
  writeFileSync(hook, `#!/bin/sh\necho ${JSON.stringify(reason)} >&2\nexit 1\n`);
  chmodSync(hook, 0o755);
}

/** Commits a symbolic link at `path` (pointing to `target`) to `branch`, from outside. */
export function commitSymlink(
  server: GitServer,
  name: string,
  path: string,
  target: string,
  branch = 'main',
): void {
  const work = mkdtempSync(join(tmpdir(), 'digest-link-'));
  const env = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Ben',
    GIT_AUTHOR_EMAIL: 'ben@example.test',
    GIT_COMMITTER_NAME: 'Ben',
    GIT_COMMITTER_EMAIL: 'ben@example.test',
  };
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const bare = server.git(name, 'rev-parse', '--absolute-git-dir').trim();
    git('clone', '--quiet', '--branch', branch, bare, '.');
    execFileSync('mkdir', ['-p', join(work, path, '..')]);
    symlinkSync(target, join(work, path));
    git('add', '--all');
    git('commit', '--quiet', '-m', `Link ${path}`);
    git('push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
