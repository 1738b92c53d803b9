import { allStyles, detectStyle, dominantEol, type HouseStyle, splitLines } from '../markdown';
import { mergeLines } from './diff3/line-merge';
import type { EditionConflict } from './edition/block-merge';
import { mergeByItems } from './edition/by-items';

/**
 * Merges two changed copies of a digest edition with their common base, by items: what
 * git's line merge settles stays exactly as git writes it; where it conflicts, items added
 * on both sides are all kept (each once, ours first), an item changed on one side takes
 * the change, and only the same item changed two ways, an item removed on one side and
 * changed on the other, or the same text outside items changed two ways is a conflict,
 * written with git's markers around just that item or those lines. Input the items cannot
 * help with (binary, a lone CR as a line break, no item found, sides of two digests) gets
 * git's line merge with markers, and says why: never a crash, never a lost line.
 */

export type { EditionConflict } from './edition/block-merge';

export interface EditionMergeOptions {
  /** The house style to read all three texts by; detected from the base when absent. */
  style?: HouseStyle;
  /** Styles to detect among (the built-in ones by default). */
  styles?: readonly HouseStyle[];
}

export interface EditionMerge {
  text: string;
  clean: boolean;
  conflicts: EditionConflict[];
  /** The style the texts were read by, when the merge read items. */
  style?: string;
  /** Why the merge is git's line merge alone, when it had to be. */
  fallback?: string;
}

const BOM = '\uFEFF';
const LONE_CR = /\r(?!\n)/;
const pureCrlf = (text: string) => !/(?:^|[^\r])\n/.test(text);

function lineMerge(base: string, ours: string, theirs: string, fallback?: string): EditionMerge {
  const merged = mergeLines(base, ours, theirs);
  const conflicts = merged.hunks.map((h) => ({ section: '', ...h, base: '' }));
  const result: EditionMerge = { text: merged.text, clean: merged.conflicts === 0, conflicts };
  return fallback && !result.clean ? { ...result, fallback } : result;
}

function chooseStyle(texts: string[], options: EditionMergeOptions): HouseStyle {
  if (options.style) return options.style;
  const styles = options.styles ?? allStyles();
  // Read by the base's style; a side's only where the base has no item (a template).
  let found = detectStyle(texts[0] ?? '', styles);
  for (const text of texts.slice(1)) if (found.items === 0) found = detectStyle(text, styles);
  return found.style;
}

export function mergeEditions(
  base: string,
  ours: string,
  theirs: string,
  options: EditionMergeOptions = {},
): EditionMerge {
  const plain = lineMerge(base, ours, theirs);
  if (plain.clean) return plain;
  const texts = [base, ours, theirs];
  if (texts.some((t) => t.includes('\0')))
    return lineMerge(base, ours, theirs, 'binary input: merged as lines');
  if (texts.some((t) => LONE_CR.test(t)))
    return lineMerge(base, ours, theirs, 'a lone CR as a line break: merged as lines');
  const has = texts.map((t) => t.startsWith(BOM));
  const bom = (has[1] === has[0] ? has[2] : has[1]) ? BOM : '';
  let [b, o, t] = texts.map((text) => (text.startsWith(BOM) ? text.slice(1) : text)) as [
    string,
    string,
    string,
  ];
  const eol = dominantEol(splitLines(o));
  const sameEols = [b, o, t].every((x) => !x.includes('\r')) || [b, o, t].every(pureCrlf);
  if (!sameEols)
    [b, o, t] = [b, o, t].map((x) => x.replace(/\r\n/g, '\n')) as [string, string, string];
  const out = (text: string) => `${bom}${sameEols ? text : text.replace(/\n/g, eol)}`;
  const finish = (merge: EditionMerge): EditionMerge => ({ ...merge, text: out(merge.text) });
  try {
    const again = lineMerge(b, o, t);
    if (again.clean) return finish(again);
    const style = chooseStyle([b, o, t], options);
    const merged = mergeByItems({ base: b, ours: o, theirs: t }, style, sameEols ? eol : '\n');
    if (!merged.ok) return finish(lineMerge(b, o, t, merged.reason));
    const { text, conflicts } = merged;
    return finish({ text, conflicts, clean: conflicts.length === 0, style: style.name });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return lineMerge(base, ours, theirs, `the item merge failed (${reason}): merged as lines`);
  }
}
