import './buffer';
import * as git from 'isomorphic-git';
import type { HouseStyle } from '../core/markdown';
import { mergeEditions } from '../core/merge/editions';
import { EditionFileError } from './edition';
import { TeamError, teamError } from './errors';
import type { Author } from './git';
import { memoryFs } from './memory-fs';
import { type Remote, session, within } from './transport';
import { fileAt, treeWithFile } from './tree';

/**
 * The edition committed to a branch: a proposal branch on the editor's push repository (a
 * fork, or the upstream itself), or the base branch for an editor with write access. The
 * commit is the base branch's head with only the edition file changed, so its diff
 * against the base branch is only what the editor changed. When the edition changed
 * upstream since the editor's last sync, the two are merged by items first (core's
 * mergeEditions, base = the edition as of that sync). A proposal branch that is behind the
 * base branch gets a merge commit with both parents, as contributors make by hand, so its
 * pull request can be merged. Never a force-push: a refused push starts again from a
 * fresh fetch, a bounded number of times.
 */

export interface EditionCommit {
  /** The repository and base branch the edition is read from. */
  upstream: Remote;
  /** Where the branch is pushed: a fork, or the upstream itself. */
  push: Remote;
  /** The branch written: a proposal branch, or the base branch itself. */
  branch: string;
  path: string;
  /** The edition as of the last sync; null when it is new here. */
  base: string | null;
  ours: string;
  style?: HouseStyle;
  author: Author;
  message: string;
}

export interface EditionCommitted {
  oid: string;
  /** The base branch's head the commit was made on. */
  upstreamHead: string;
  parents: string[];
  /** The file as committed. */
  text: string;
  /** Whether the edition had changed upstream and was merged in. */
  mergedUpstream: boolean;
  /** False when the branch already held this edition. */
  pushed: boolean;
  retried: number;
}

/** The edition changed upstream in the same items: a sync resolves it first. */
export class EditionConflictError extends Error {
  override name = 'EditionConflictError';
  constructor(readonly count: number) {
    super(`${count} items changed both here and upstream`);
  }
}

const DIR = '/edition';
const MAX_DEPTH = 1024;

type Repo = { fs: ReturnType<typeof memoryFs>; dir: string };

type Side = 'upstream' | 'push';

async function fetchBranch(repo: Repo, remote: Remote, name: Side, ref: string, depth: number) {
  const state = session(remote);
  // A remote of its own per repository: isomorphic-git files what it fetched under it.
  await git.addRemote({ ...repo, remote: name, url: state.url, force: true });
  const fetched = await within(state, () =>
    git.fetch({
      ...repo,
      http: state.http,
      onAuth: state.onAuth,
      remote: name,
      ref,
      singleBranch: true,
      depth,
      tags: false,
    }),
  );
  if (!fetched.fetchHead) throw new TeamError('branch', ref);
  return fetched.fetchHead;
}

async function serverRefs(remote: Remote) {
  const state = session(remote);
  return within(state, () =>
    git.listServerRefs({ http: state.http, onAuth: state.onAuth, url: state.url }),
  );
}

/** Whether the history fetched from `start` reaches a commit of `known`. */
async function reaches(repo: Repo, start: string, known: Set<string>): Promise<boolean> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const oid = queue.pop() as string;
    if (known.has(oid)) return true;
    if (seen.has(oid)) continue;
    seen.add(oid);
    const read = await git.readCommit({ ...repo, oid }).catch(() => null);
    if (read) queue.push(...read.commit.parent);
  }
  return false;
}

/**
 * A fork behind the upstream lacks the upstream's newest commits, and takes a commit on
 * them only with their history down to one it has: fetched deeper until it reaches one.
 */
async function connect(repo: Repo, job: EditionCommit, head: string, known: Set<string>) {
  for (let depth = 2; !(await reaches(repo, head, known)); depth *= 2) {
    if (depth > MAX_DEPTH) throw new TeamError('refused', 'the fork is too far behind');
    await fetchBranch(repo, job.upstream, 'upstream', job.upstream.config.branch, depth);
  }
}

function mergedText(job: EditionCommit, theirs: string | null): string {
  if (theirs === job.base || theirs === null) return job.ours;
  const merge = mergeEditions(
    job.base ?? '',
    job.ours,
    theirs,
    job.style ? { style: job.style } : {},
  );
  if (!merge.clean) throw new EditionConflictError(merge.conflicts.length);
  return merge.text;
}

async function commitOnce(job: EditionCommit): Promise<Omit<EditionCommitted, 'retried'>> {
  const repo: Repo = { fs: memoryFs(), dir: DIR };
  await git.init({ ...repo, defaultBranch: 'edition' });
  const baseBranch = job.upstream.config.branch;
  const head = await fetchBranch(repo, job.upstream, 'upstream', baseBranch, 1);
  const theirs = await fileAt(repo, head, job.path);
  const text = mergedText(job, theirs);
  const onBase = job.push.config.url === job.upstream.config.url && job.branch === baseBranch;
  const refs = await serverRefs(job.push);
  const current = refs.find((ref) => ref.ref === `refs/heads/${job.branch}`)?.oid;
  let parents = [head];
  if (current && !onBase && current !== head) {
    await fetchBranch(repo, job.push, 'push', job.branch, 1);
    const { commit } = await git.readCommit({ ...repo, oid: current });
    if (commit.parent.includes(head) && (await fileAt(repo, current, job.path)) === text) {
      return {
        oid: current,
        upstreamHead: head,
        parents: commit.parent,
        text,
        mergedUpstream: theirs !== job.base,
        pushed: false,
      };
    }
    // Already on the base's head: one more commit; behind it: a merge of both.
    parents = commit.parent.includes(head) ? [current] : [current, head];
  }
  if (job.push.config.url !== job.upstream.config.url) {
    await connect(repo, job, head, new Set(refs.map((ref) => ref.oid)));
  }
  const tree = await treeWithFile(repo, head, job.path, text);
  const same = onBase && (await git.readCommit({ ...repo, oid: head })).commit.tree === tree;
  const result = { upstreamHead: head, parents, text, mergedUpstream: theirs !== job.base };
  if (same) return { ...result, oid: head, pushed: false };
  const ref = 'refs/heads/edition';
  const oid = await git.commit({
    ...repo,
    message: job.message,
    author: job.author,
    tree,
    parent: parents,
    ref,
  });
  const state = session(job.push);
  try {
    await within(state, () =>
      git.push({
        ...repo,
        http: state.http,
        onAuth: state.onAuth,
        onMessage: state.onMessage,
        url: state.url,
        ref,
        remoteRef: `refs/heads/${job.branch}`,
      }),
    );
  } catch (error) {
    const failure = teamError(error);
    const answered = ['conflict', 'refused', 'auth', 'notFound', 'branch'].includes(failure.code);
    // The pack went out and no answer came: whether the branch moved, no one can tell.
    if (state.packSent && !answered) throw new TeamError('uncertain', failure.code);
    throw failure;
  }
  return { ...result, oid, pushed: true };
}

/** Commits the edition to `job.branch` and pushes, never forced; see the file's comment. */
export async function commitEdition(job: EditionCommit): Promise<EditionCommitted> {
  const retries = job.push.retries ?? 4;
  for (let attempt = 0; ; attempt++) {
    try {
      return { ...(await commitOnce(job)), retried: attempt };
    } catch (error) {
      if (error instanceof EditionConflictError || error instanceof EditionFileError) throw error;
      const failure = teamError(error);
      if (failure.code !== 'conflict' || attempt >= retries) throw failure;
    }
  }
}
