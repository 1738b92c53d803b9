import { OURS_MARKER, SPLIT_MARKER, THEIRS_MARKER } from './diff3/line-merge';

/**
 * A merged edition's conflicts settled by the editor's choices: each block between git's
 * markers becomes the version chosen for it (ours, theirs, or both, ours first). A conflict
 * without a choice keeps its markers, so nothing is dropped before the editor decides.
 */

export type Choice = 'ours' | 'theirs' | 'both';

const bare = (line: string) => line.replace(/\r?\n$/, '');

export function resolveConflicts(text: string, choices: readonly (Choice | undefined)[]): string {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const out: string[] = [];
  let index = 0;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] as string;
    if (bare(line) !== OURS_MARKER) {
      out.push(line);
      continue;
    }
    const split = lines.findIndex((l, i) => i > at && bare(l) === SPLIT_MARKER);
    const end = lines.findIndex((l, i) => i > split && bare(l) === THEIRS_MARKER);
    if (split < 0 || end < 0) {
      out.push(line);
      continue;
    }
    const choice = choices[index++];
    const ours = lines.slice(at + 1, split);
    const theirs = lines.slice(split + 1, end);
    if (choice === 'ours') out.push(...ours);
    else if (choice === 'theirs') out.push(...theirs);
    else if (choice === 'both') out.push(...ours, ...theirs);
    else out.push(...lines.slice(at, end + 1));
    at = end;
  }
  return out.join('');
}
