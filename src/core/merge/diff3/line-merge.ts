import { type Entry, mergeEntries, refine, simplify } from './merge3';
import { type Region, toRegions } from './regions';

/**
 * `git merge-file -p -L ours -L base -L theirs` in TypeScript: the same lines (split after
 * each `\n` only, as git splits them), the same merge, and the same bytes out, conflict
 * markers included (a CR before a marker's newline where the sides use CRLF, a newline
 * added after a side's last line that has none). The edition merge starts from it and
 * falls back to it.
 */

export const OURS_MARKER = '<<<<<<< ours';
export const SPLIT_MARKER = '=======';
export const THEIRS_MARKER = '>>>>>>> theirs';

/** Lines as git's diff sees them: each ends after its `\n`; the last may have none. */
export function gitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    lines.push(text.slice(start, end + 1));
    start = end + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Numbers lines so that equal lines share a number, over any number of texts. */
export class Classifier {
  private readonly ids = new Map<string, number>();
  classes(lines: readonly string[]): Int32Array {
    const out = new Int32Array(lines.length);
    lines.forEach((line, i) => {
      let id = this.ids.get(line);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(line, id);
      }
      out[i] = id;
    });
    return out;
  }
}

/** 1 when the line ends in CRLF (for the last line without one, the line before), -1 unknown. */
function crlfAt(lines: readonly string[], i: number): number {
  const ends = (line: string | undefined) => (line?.endsWith('\r\n') ? 1 : 0);
  if (i < lines.length - 1) return ends(lines[i]);
  if (lines.length === 0) return -1;
  if ((lines[i] ?? '').endsWith('\n')) return ends(lines[i]);
  if (i === 0) return -1;
  return ends(lines[i - 1]);
}

export interface LineTexts {
  base: readonly string[];
  ours: readonly string[];
  theirs: readonly string[];
}

/** The end of line git writes after a marker of this conflict. */
export function markerEol(t: LineTexts, m: Entry): string {
  let cr = crlfAt(t.ours, m.i1 ? m.i1 - 1 : 0);
  if (cr) cr = crlfAt(t.theirs, m.i2 ? m.i2 - 1 : 0);
  if (cr) cr = crlfAt(t.base, 0);
  return cr === 1 ? '\r\n' : '\n';
}

/** A side's lines inside a conflict, ending with a line break. */
export function conflictSide(lines: readonly string[], eol: string): string {
  const text = lines.join('');
  return text === '' || text.endsWith('\n') ? text : `${text}${eol}`;
}

/** A conflict as git writes it. */
export function conflictText(ours: string[], theirs: string[], eol: string): string {
  return (
    `${OURS_MARKER}${eol}${conflictSide(ours, eol)}${SPLIT_MARKER}${eol}` +
    `${conflictSide(theirs, eol)}${THEIRS_MARKER}${eol}`
  );
}

export interface LineMerge {
  text: string;
  /** How many conflicts the text holds. */
  conflicts: number;
  /** Each conflict's two versions. */
  hunks: { ours: string; theirs: string }[];
  /** The same merge as regions of the three texts' lines, for the item merge to start from. */
  regions: Region[];
}

const ALNUM = /[A-Za-z0-9]/;

/** The merge of three texts line by line, exactly as git writes it. */
export function mergeLines(base: string, ours: string, theirs: string): LineMerge {
  const t = { base: gitLines(base), ours: gitLines(ours), theirs: gitLines(theirs) };
  const classifier = new Classifier();
  const cb = classifier.classes(t.base);
  const co = classifier.classes(t.ours);
  const ct = classifier.classes(t.theirs);
  const entries = mergeEntries(cb, co, ct);
  const refined = refine(entries, co, ct);
  const final = simplify(refined.entries, (i) => ALNUM.test(t.ours[i] ?? ''));
  let out = '';
  let i = 0;
  const hunks: LineMerge['hunks'] = [];
  for (const m of final) {
    if (m.mode === 0) {
      const sides = {
        ours: t.ours.slice(m.i1, m.i1 + m.chg1),
        theirs: t.theirs.slice(m.i2, m.i2 + m.chg2),
      };
      hunks.push({ ours: sides.ours.join(''), theirs: sides.theirs.join('') });
      out += t.ours.slice(i, m.i1).join('');
      out += conflictText(sides.ours, sides.theirs, markerEol(t, m));
    } else if (m.mode === 1) out += t.ours.slice(i, m.i1 + m.chg1).join('');
    else if (m.mode === 2) out += t.theirs.slice(m.i2 - m.i1 + i, m.i2 + m.chg2).join('');
    else continue;
    i = m.i1 + m.chg1;
  }
  out += t.ours.slice(i).join('');
  const regions = toRegions(entries, refined, [cb.length, co.length, ct.length]);
  return { text: out, conflicts: hunks.length, hunks, regions };
}
