import './buffer';
import * as git from 'isomorphic-git';
import { TeamError, teamError } from './errors';
import { memoryFs } from './memory-fs';
import { type Remote, session, within } from './transport';

/**
 * The git transport: a shallow clone of one branch into memory, files written, one
 * commit, a push that is never forced. Every call starts from a fresh clone, so whatever
 * fails (network, auth, a refused push) leaves nothing local to undo.
 */

export type { Remote } from './transport';

export interface Author {
  name: string;
  email: string;
}

const DIR = '/repo';

/** Whether the branch can be read with these credentials; its head commit when it can. */
export async function checkRemote(remote: Remote): Promise<string> {
  const state = session(remote);
  const refs = await within(state, () =>
    git.listServerRefs({
      http: state.http,
      onAuth: state.onAuth,
      url: state.url,
      prefix: `refs/heads/${remote.config.branch}`,
    }),
  );
  const head = refs.find((ref) => ref.ref === `refs/heads/${remote.config.branch}`);
  if (!head) throw new TeamError('branch', remote.config.branch);
  return head.oid;
}

export interface Checkout {
  fs: ReturnType<typeof memoryFs>;
  dir: string;
  head: string;
}

/**
 * A shallow clone of the configured branch into memory. Without `files` the tree is not
 * written out: its objects stay packed, for a reader that wants a few blobs by id.
 */
export async function checkout(remote: Remote, { files = true } = {}): Promise<Checkout> {
  const fs = memoryFs();
  const state = session(remote);
  await within(state, () =>
    git.clone({
      fs,
      http: state.http,
      onAuth: state.onAuth,
      url: state.url,
      dir: DIR,
      ref: remote.config.branch,
      singleBranch: true,
      depth: 1,
      noTags: true,
      noCheckout: !files,
    }),
  );
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
  const state = session(remote);
  try {
    await within(state, () =>
      git.push({
        fs: work.fs,
        http: state.http,
        onAuth: state.onAuth,
        onMessage: state.onMessage,
        url: state.url,
        dir: work.dir,
        ref: remote.config.branch,
      }),
    );
  } catch (error) {
    const failure = error as TeamError;
    const answered = ['conflict', 'refused', 'auth', 'notFound', 'branch'].includes(failure.code);
    if (!state.packSent || answered) throw failure;
    return { oid, pushed: await landed(remote, oid, work.head, failure) };
  }
  return { oid, pushed: true };
}

/**
 * The pack went out and the answer never came: the server may have applied it. The branch
 * says which: at our commit, it went through; still where we started, nothing changed; out
 * of reach or moved on, no one can tell from here.
 */
async function landed(remote: Remote, oid: string, base: string, failure: TeamError) {
  const head = await checkRemote(remote).catch(() => null);
  if (head === oid) return true;
  if (head === base) throw failure;
  throw new TeamError('uncertain', failure.code);
}

/**
 * Commits `files` (path → text) on the branch and pushes. A push refused because someone
 * pushed first starts over from a fresh clone of their work and writes only our files
 * again, so theirs are kept; it is never forced. git's receive-pack updates the branch
 * only once the whole pack arrived, so a push cut off halfway leaves the remote as it was;
 * one whose answer was lost is looked up on the branch (`landed`).
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
