import './buffer';
import type { TreeEntry } from 'isomorphic-git';
import * as git from 'isomorphic-git';
import { editionText } from './edition';
import type { memoryFs } from './memory-fs';

/**
 * A commit's tree with one file written, built from git objects alone: only the trees on
 * the file's path are read and written again, so a repository of thousands of files is
 * never written out to change one of them.
 */

interface Repo {
  fs: ReturnType<typeof memoryFs>;
  dir: string;
}

async function entriesOf(repo: Repo, oid: string | null): Promise<TreeEntry[]> {
  if (!oid) return [];
  return (await git.readTree({ ...repo, oid })).tree;
}

async function writeAt(
  repo: Repo,
  treeOid: string | null,
  parts: string[],
  blob: string,
): Promise<string> {
  const [name = '', ...rest] = parts;
  const entries = await entriesOf(repo, treeOid);
  const found = entries.find((entry) => entry.path === name);
  const entry: TreeEntry =
    rest.length === 0
      ? {
          mode: found?.type === 'blob' ? found.mode : '100644',
          path: name,
          oid: blob,
          type: 'blob',
        }
      : {
          mode: '040000',
          path: name,
          oid: await writeAt(repo, found?.type === 'tree' ? found.oid : null, rest, blob),
          type: 'tree',
        };
  const tree = [...entries.filter((e) => e.path !== name), entry];
  return git.writeTree({ ...repo, tree });
}

/** The tree of `commit` with `path` holding `text`; its id, written into the repository. */
export async function treeWithFile(
  repo: Repo,
  commit: string,
  path: string,
  text: string,
): Promise<string> {
  const { commit: read } = await git.readCommit({ ...repo, oid: commit });
  const blob = await git.writeBlob({ ...repo, blob: new TextEncoder().encode(text) });
  return writeAt(repo, read.tree, path.split('/'), blob);
}

/** A file of a commit as text, or null when the commit has no such file. */
export async function fileAt(repo: Repo, commit: string, path: string): Promise<string | null> {
  let blob: Uint8Array;
  try {
    blob = (await git.readBlob({ ...repo, oid: commit, filepath: path })).blob;
  } catch (error) {
    if ((error as { code?: string }).code === 'NotFoundError') return null;
    throw error;
  }
  return editionText(path, blob);
}
