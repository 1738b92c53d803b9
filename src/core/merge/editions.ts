import { dominantEol, type HouseStyle, splitLines } from '../markdown';
import { type LineMerge, mergeLines } from './diff3/line-merge';
import type { EditionConflict } from './edition/block-merge';
import { mergeByItems } from './edition/by-items';
import { chooseStyle } from './edition/style-choice';

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

function asMerge(merged: LineMerge, fallback?: string): EditionMerge {
  const conflicts = merged.hunks.map((h) => ({ section: '', ...h, base: '' }));
  const result: EditionMerge = { text: merged.text, clean: merged.conflicts === 0, conflicts };
  return fallback && !result.clean ? { ...result, fallback } : result;
}

export function mergeEditions(
  base: string,
  ours: string,
  theirs: string,
  options: EditionMergeOptions = {},
): EditionMerge {
  const lines = mergeLines(base, ours, theirs);
  if (lines.conflicts === 0) return asMerge(lines);
  const texts = [base, ours, theirs];
  if (texts.some((t) => t.includes('\0'))) return asMerge(lines, 'binary input: merged as lines');
  if (texts.some((t) => LONE_CR.test(t)))
    return asMerge(lines, 'a lone CR as a line break: merged as lines');
  const has = texts.map((t) => t.startsWith(BOM));
  const bom = (has[1] === has[0] ? has[2] : has[1]) ? BOM : '';
  let [b, o, t] = texts.map((text) => (text.startsWith(BOM) ? text.slice(1) : text)) as [
    string,
    string,
    string,
  ];
  const sameEols = [b, o, t].every((x) => !x.includes('\r')) || [b, o, t].every(pureCrlf);
  // One kind of line end throughout is the kind written; mixed ones, ours' most used.
  const eol = sameEols ? (o.includes('\r\n') ? '\r\n' : '\n') : dominantEol(splitLines(o));
  if (!sameEols)
    [b, o, t] = [b, o, t].map((x) => x.replace(/\r\n/g, '\n')) as [string, string, string];
  const out = (text: string) => `${bom}${sameEols ? text : text.replace(/\n/g, eol)}`;
  const finish = (merge: EditionMerge): EditionMerge => ({ ...merge, text: out(merge.text) });
  try {
    // Unless a byte order mark or line ends came off, these are the texts just merged.
    const same = b === base && o === ours && t === theirs;
    const again = same ? lines : mergeLines(b, o, t);
    if (again.conflicts === 0) return finish(asMerge(again));
    const style = chooseStyle([b, o, t], options);
    const sides = { base: b, ours: o, theirs: t };
    const merged = mergeByItems(sides, again.regions, style, sameEols ? eol : '\n');
    if (!merged.ok) return finish(asMerge(again, merged.reason));
    const { text, conflicts } = merged;
    return finish({ text, conflicts, clean: conflicts.length === 0, style: style.name });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return asMerge(lines, `the item merge failed (${reason}): merged as lines`);
  }
}
