import type { HouseStyle } from '../core/markdown';
import { type EditionMerge, mergeEditions } from '../core/merge/editions';
import { checkout, type Remote } from './git';
import { fileAt } from './tree';

/**
 * Sync's question to the repository: what the base branch holds at the edition's path
 * now, and what that means for the editor's copy. Unchanged since the last sync: nothing
 * to do. Changed: merged by items with the edition as of the last sync as the base, so
 * items others added arrive and the editor's own stay; the same item changed both ways is
 * a conflict, left for the editor to choose.
 */

export interface UpstreamEdition {
  head: string;
  /** Null when the base branch has no such file (an edition started here). */
  text: string | null;
}

export async function fetchUpstreamEdition(remote: Remote, path: string): Promise<UpstreamEdition> {
  const work = await checkout(remote, { files: false });
  return { head: work.head, text: await fileAt(work, work.head, path) };
}

export type SyncPlan =
  | { kind: 'unchanged' }
  | { kind: 'merged'; merge: EditionMerge; theirs: string };

export function planSync(
  base: string | null,
  local: string,
  upstream: string | null,
  style?: HouseStyle,
): SyncPlan {
  if (upstream === null || upstream === base) return { kind: 'unchanged' };
  const merge = mergeEditions(base ?? '', local, upstream, style ? { style } : {});
  return { kind: 'merged', merge, theirs: upstream };
}
