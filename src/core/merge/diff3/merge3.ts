import { type Change, diff } from './diff';

/**
 * git's three-way merge of token sequences (xdiff's xmerge at `git merge-file`'s level,
 * "zealous, alnum"): the two diffs from the base are walked together; a change of one side
 * that does not touch a change of the other is taken, changes that overlap or touch are a
 * conflict unless they are the same, and each conflict is then narrowed by diffing the two
 * sides' versions of it, so lines both sides wrote alike fall out of it. Conflicts that end
 * up fewer than four lines apart (or apart by lines with no letter or digit) are joined.
 */

/** What an entry takes: 0 a conflict, 1 ours, 2 theirs, 4 both sides alike. */
export type Mode = 0 | 1 | 2 | 4;

/** One stretch the sides changed: base, ours and theirs ranges (start and length each). */
export interface Entry {
  mode: Mode;
  i0: number;
  chg0: number;
  i1: number;
  chg1: number;
  i2: number;
  chg2: number;
}

function append(list: Entry[], entry: Entry): void {
  const last = list[list.length - 1];
  if (last && (entry.i1 <= last.i1 + last.chg1 || entry.i2 <= last.i2 + last.chg2)) {
    if (entry.mode !== last.mode) last.mode = 0;
    last.chg0 = entry.i0 + entry.chg0 - last.i0;
    last.chg1 = entry.i1 + entry.chg1 - last.i1;
    last.chg2 = entry.i2 + entry.chg2 - last.i2;
  } else list.push(entry);
}

function sameRecords(a: Int32Array, i: number, b: Int32Array, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a[i + k] !== b[j + k]) return false;
  return true;
}

function oursOnly(x: Change, theirsShift: number): Entry {
  return { mode: 1, i0: x.i1, chg0: x.chg1, i1: x.i2, chg1: x.chg2, i2: theirsShift, chg2: x.chg1 };
}

function theirsOnly(y: Change, oursShift: number): Entry {
  return { mode: 2, i0: y.i1, chg0: y.chg1, i1: oursShift, chg1: y.chg1, i2: y.i2, chg2: y.chg2 };
}

function conflict(x: Change, y: Change): Entry {
  const off = x.i1 - y.i1;
  const ffo = off + x.chg1 - y.chg1;
  let i0 = x.i1;
  let i1 = x.i2;
  let i2 = y.i2;
  if (off > 0) {
    i0 -= off;
    i1 -= off;
  } else i2 += off;
  let chg0 = x.i1 + x.chg1 - i0;
  let chg1 = x.i2 + x.chg2 - i1;
  let chg2 = y.i2 + y.chg2 - i2;
  if (ffo < 0) {
    chg0 -= ffo;
    chg1 -= ffo;
  } else chg2 += ffo;
  return { mode: 0, i0, chg0, i1, chg1, i2, chg2 };
}

/**
 * The merge entries before conflicts are narrowed. Where one side changed nothing, git
 * returns the other side whole; the entries (all of one mode) give the same text.
 */
export function mergeEntries(base: Int32Array, ours: Int32Array, theirs: Int32Array): Entry[] {
  const xs = diff(base, ours);
  const ys = diff(base, theirs);
  const list: Entry[] = [];
  let a = 0;
  let b = 0;
  while (a < xs.length && b < ys.length) {
    const x = xs[a] as Change;
    const y = ys[b] as Change;
    if (x.i1 + x.chg1 < y.i1) {
      append(list, oursOnly(x, y.i2 - y.i1 + x.i1));
      a++;
      continue;
    }
    if (y.i1 + y.chg1 < x.i1) {
      append(list, theirsOnly(y, x.i2 - x.i1 + y.i1));
      b++;
      continue;
    }
    const same =
      x.i1 === y.i1 &&
      x.chg1 === y.chg1 &&
      x.chg2 === y.chg2 &&
      sameRecords(ours, x.i2, theirs, y.i2, x.chg2);
    if (!same) append(list, conflict(x, y));
    const endX = x.i1 + x.chg1;
    const endY = y.i1 + y.chg1;
    if (endX >= endY) b++;
    if (endY >= endX) a++;
  }
  for (; a < xs.length; a++) {
    const x = xs[a] as Change;
    append(list, oursOnly(x, x.i1 + theirs.length - base.length));
  }
  for (; b < ys.length; b++) {
    const y = ys[b] as Change;
    append(list, theirsOnly(y, y.i1 + ours.length - base.length));
  }
  return list;
}

/**
 * Each conflict narrowed to where the two sides' versions differ (mode 4 when they do not
 * differ at all). `parent` gives each result's index in `entries`. The base ranges of
 * narrowed conflicts are left as the whole conflict's: git does not track them either.
 */
export interface Refined {
  entries: Entry[];
  parent: number[];
}

export function refine(entries: Entry[], ours: Int32Array, theirs: Int32Array): Refined {
  const out: Entry[] = [];
  const parent: number[] = [];
  entries.forEach((m, index) => {
    if (m.mode !== 0 || m.chg1 === 0 || m.chg2 === 0) {
      out.push({ ...m });
      parent.push(index);
      return;
    }
    const parts = diff(ours.subarray(m.i1, m.i1 + m.chg1), theirs.subarray(m.i2, m.i2 + m.chg2));
    if (parts.length === 0) {
      out.push({ ...m, mode: 4 });
      parent.push(index);
      return;
    }
    for (const part of parts) {
      out.push({
        ...m,
        i1: m.i1 + part.i1,
        chg1: part.chg1,
        i2: m.i2 + part.i2,
        chg2: part.chg2,
      });
      parent.push(index);
    }
  });
  return { entries: out, parent };
}

/**
 * Joins conflicts separated by at most three unchanged records, or by records with no
 * letter or digit (`hasAlnum` of ours' record at an index).
 */
export function simplify(entries: Entry[], hasAlnum: (oursIndex: number) => boolean): Entry[] {
  const out = entries.map((m) => ({ ...m }));
  let k = 0;
  while (k + 1 < out.length) {
    const m = out[k] as Entry;
    const next = out[k + 1] as Entry;
    const begin = m.i1 + m.chg1;
    const end = next.i1;
    let alnum = false;
    if (m.mode === 0 && next.mode === 0 && end - begin > 3) {
      for (let i = begin; i < end && !alnum; i++) alnum = hasAlnum(i);
    }
    if (m.mode !== 0 || next.mode !== 0 || (end - begin > 3 && alnum)) {
      k++;
      continue;
    }
    m.chg1 = next.i1 + next.chg1 - m.i1;
    m.chg2 = next.i2 + next.chg2 - m.i2;
    out.splice(k + 1, 1);
  }
  return out;
}
