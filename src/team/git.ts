import './buffer';
import * as git from 'isomorphic-git';
import web from 'isomorphic-git/http/web';
import type { TeamConfig } from './config';
import { TeamError, teamError } from './errors';
import { memoryFs } from './memory-fs';

/**
 * The git transport: a shallow clone of one branch into memory, files written, one
 * commit, a push that is never forced. Every call starts from a fresh clone, so whatever
 * fails (network, auth, a refused push) leaves nothing local to undo.
 */

export interface Remote {
  config: TeamConfig;
  token: string;
  /** Per HTTP request; a server that stops answering fails with `timeout`. */
  timeoutMs?: number;
  /** How many times a push refused because a teammate pushed first is retried. */
  retries?: number;
}

export interface Author {
  name: string;
  email: string;
}

const DIR = '/repo';
const DEFAULT_TIMEOUT_MS = 30_000;

function transport(remote: Remote) {
  const timeout = remote.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const username = remote.config.username || 'git';
  const bytes = new TextEncoder().encode(`${username}:${remote.token}`);
  const basic = `Basic ${btoa(String.fromCharCode(...bytes))}`;
  const http = {
    request: (request: Parameters<typeof web.request>[0]) =>
      web.request({
        ...request,
        // Sent with every request, and the browser's own credentials never: a 401 that
        // may carry them makes Chrome open its sign-in dialog and the request waits on it.
        headers: { ...request.headers, Authorization: basic },
        fetchOptions: { credentials: 'omit' },
        signal: request.signal ?? AbortSignal.timeout(timeout),
      }),
  };
  // Offered on a 401 only once: a wrong token fails at once instead of looping.
  const onAuth = () => ({ username, password: remote.token });
  return { http, onAuth, url: remote.config.url.trim() };
}

/** Whether the branch can be read with these credentials; its head commit when it can. */
export async function checkRemote(remote: Remote): Promise<string> {
  try {
    const { http, onAuth, url } = transport(remote);
    const refs = await git.listServerRefs({
      http,
      onAuth,
      url,
      prefix: `refs/heads/${remote.config.branch}`,
    });
    const head = refs.find((ref) => ref.ref === `refs/heads/${remote.config.branch}`);
    if (!head) throw new TeamError('branch', remote.config.branch);
    return head.oid;
  } catch (error) {
    throw teamError(error);
  }
}

export interface Checkout {
  fs: ReturnType<typeof memoryFs>;
  dir: string;
  head: string;
}

export async function checkout(remote: Remote): Promise<Checkout> {
  const fs = memoryFs();
  const { http, onAuth, url } = transport(remote);
  try {
    await git.clone({
      fs,
      http,
      onAuth,
      url,
      dir: DIR,
      ref: remote.config.branch,
      singleBranch: true,
      depth: 1,
      noTags: true,
    });
  } catch (error) {
    throw teamError(error);
  }
  const head = await git.resolveRef({ fs, dir: DIR, ref: 'HEAD' });
  return { fs, dir: DIR, head };
}

/** Text files directly in `folder` of the checkout, by name; none when it does not exist. */
export async function readFolder(work: Checkout, folder: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let names: string[];
  try {
    names = await work.fs.promises.readdir(`${work.dir}/${folder}`);
  } catch {
    return found;
  }
  for (const name of names.sort()) {
    const path = `${work.dir}/${folder}/${name}`;
    const stat = await work.fs.promises.stat(path);
    if (stat.isFile()) found.set(name, String(await work.fs.promises.readFile(path, 'utf8')));
  }
  return found;
}

async function writeFiles(work: Checkout, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = `${work.dir}/${parts.slice(0, i).join('/')}`;
      await work.fs.promises.mkdir(dir).catch(() => undefined);
    }
    await work.fs.promises.writeFile(`${work.dir}/${path}`, text);
    await git.add({ fs: work.fs, dir: work.dir, filepath: path });
  }
}

export interface CommitResult {
  /** The commit now at the branch's head that holds our files. */
  oid: string;
  /** False when the branch already held exactly these files: nothing was pushed. */
  pushed: boolean;
  /** Refused pushes retried before this one went through. */
  retried: number;
}

async function commitOnce(
  remote: Remote,
  files: Record<string, string>,
  message: string,
  author: Author,
) {
  const work = await checkout(remote);
  await writeFiles(work, files);
  const status = await git.statusMatrix({
    fs: work.fs,
    dir: work.dir,
    filepaths: Object.keys(files),
  });
  // [path, HEAD, workdir, stage]: 1,1,1 is unchanged.
  if (status.every(([, head, workdir, stage]) => head === 1 && workdir === 1 && stage === 1)) {
    return { oid: work.head, pushed: false };
  }
  const oid = await git.commit({ fs: work.fs, dir: work.dir, message, author });
  const { http, onAuth, url } = transport(remote);
  try {
    await git.push({ fs: work.fs, http, onAuth, url, dir: work.dir, ref: remote.config.branch });
  } catch (error) {
    throw teamError(error);
  }
  return { oid, pushed: true };
}

/**
 * Commits `files` (path → text) on the branch and pushes. A push refused because someone
 * pushed first starts over from a fresh clone of their work and writes only our files
 * again, so theirs are kept; it is never forced. git's receive-pack updates the branch
 * only once the whole pack arrived, so a push cut off halfway leaves the remote as it was.
 */
export async function commitFiles(
  remote: Remote,
  files: Record<string, string>,
  message: string,
  author: Author,
): Promise<CommitResult> {
  const retries = remote.retries ?? 4;
  for (let attempt = 0; ; attempt++) {
    try {
      return { ...(await commitOnce(remote, files, message, author)), retried: attempt };
    } catch (error) {
      const failure = teamError(error);
      if (failure.code !== 'conflict' || attempt >= retries) throw failure;
    }
  }
}
