import { Search } from './myers';
import { prepare, type Side } from './prepare';

/**
 * git's line diff end to end: prepare, search, then xdiff's compaction, which slides each
 * group of changed records as far down as it goes and back up to line up with a change on
 * the other side, and the edit script. Records are any tokens given as class numbers (equal
 * tokens, equal numbers), so the same diff serves lines and the items of an edition.
 */

/** One change: `chg1` records at `i1` of the first side became `chg2` at `i2` of the second. */
export interface Change {
  i1: number;
  i2: number;
  chg1: number;
  chg2: number;
}

interface Group {
  start: number;
  end: number;
}

const isChanged = (side: Side, i: number) => side.changed[i + 1] === 1;
const setChanged = (side: Side, i: number, value: 0 | 1) => {
  side.changed[i + 1] = value;
};

function groupInit(side: Side): Group {
  const g = { start: 0, end: 0 };
  while (isChanged(side, g.end)) g.end++;
  return g;
}

function groupNext(side: Side, g: Group): boolean {
  if (g.end === side.cls.length) return false;
  g.start = g.end + 1;
  g.end = g.start;
  while (isChanged(side, g.end)) g.end++;
  return true;
}

function groupPrevious(side: Side, g: Group): boolean {
  if (g.start === 0) return false;
  g.end = g.start - 1;
  g.start = g.end;
  while (isChanged(side, g.start - 1)) g.start--;
  return true;
}

function slideDown(side: Side, g: Group): boolean {
  if (g.end >= side.cls.length || side.cls[g.start] !== side.cls[g.end]) return false;
  setChanged(side, g.start++, 0);
  setChanged(side, g.end++, 1);
  while (isChanged(side, g.end)) g.end++;
  return true;
}

function slideUp(side: Side, g: Group): boolean {
  if (g.start <= 0 || side.cls[g.start - 1] !== side.cls[g.end - 1]) return false;
  setChanged(side, --g.start, 1);
  setChanged(side, --g.end, 0);
  while (isChanged(side, g.start - 1)) g.start--;
  return true;
}

function broken(): never {
  throw new Error('diff groups out of step');
}

/** Slides each changed group of `side` down, then up to meet a change of `other`. */
function compact(side: Side, other: Side): void {
  const g = groupInit(side);
  const go = groupInit(other);
  for (;;) {
    if (g.end !== g.start) {
      let size: number;
      let earliestEnd: number;
      let endMatchingOther: number;
      do {
        size = g.end - g.start;
        endMatchingOther = -1;
        while (slideUp(side, g)) if (!groupPrevious(other, go)) broken();
        earliestEnd = g.end;
        if (go.end > go.start) endMatchingOther = g.end;
        while (slideDown(side, g)) {
          if (!groupNext(other, go)) broken();
          if (go.end > go.start) endMatchingOther = g.end;
        }
      } while (size !== g.end - g.start);
      if (g.end !== earliestEnd && endMatchingOther !== -1) {
        while (go.end === go.start) {
          if (!slideUp(side, g)) broken();
          if (!groupPrevious(other, go)) broken();
        }
      }
    }
    if (!groupNext(side, g)) break;
    if (!groupNext(other, go)) broken();
  }
}

/** Marks the changed records of both sides (divide and conquer, on an explicit stack). */
function search(one: Side, two: Side): void {
  const h1 = one.ha;
  const h2 = two.ha;
  const finder = new Search(h1, h2);
  const boxes: number[] = [0, h1.length, 0, h2.length, 0];
  while (boxes.length) {
    const needMin = boxes.pop() === 1;
    let lim2 = boxes.pop() as number;
    let off2 = boxes.pop() as number;
    let lim1 = boxes.pop() as number;
    let off1 = boxes.pop() as number;
    while (off1 < lim1 && off2 < lim2 && h1[off1] === h2[off2]) {
      off1++;
      off2++;
    }
    while (off1 < lim1 && off2 < lim2 && h1[lim1 - 1] === h2[lim2 - 1]) {
      lim1--;
      lim2--;
    }
    if (off1 === lim1) {
      for (; off2 < lim2; off2++) two.changed[(two.rindex[off2] as number) + 1] = 1;
    } else if (off2 === lim2) {
      for (; off1 < lim1; off1++) one.changed[(one.rindex[off1] as number) + 1] = 1;
    } else {
      const spl = finder.split(off1, lim1, off2, lim2, needMin);
      boxes.push(spl.i1, lim1, spl.i2, lim2, spl.minHi ? 1 : 0);
      boxes.push(off1, spl.i1, off2, spl.i2, spl.minLo ? 1 : 0);
    }
  }
}

function script(one: Side, two: Side): Change[] {
  const changes: Change[] = [];
  let i1 = one.cls.length;
  let i2 = two.cls.length;
  for (; i1 >= 0 || i2 >= 0; i1--, i2--) {
    if (isChanged(one, i1 - 1) || isChanged(two, i2 - 1)) {
      const l1 = i1;
      const l2 = i2;
      while (isChanged(one, i1 - 1)) i1--;
      while (isChanged(two, i2 - 1)) i2--;
      changes.push({ i1, i2, chg1: l1 - i1, chg2: l2 - i2 });
    }
  }
  return changes.reverse();
}

/** The changes from `a` to `b`, in order, as `git diff` (Myers, no heuristics) finds them. */
export function diff(a: Int32Array, b: Int32Array): Change[] {
  const [one, two] = prepare(a, b);
  search(one, two);
  compact(one, two);
  compact(two, one);
  return script(one, two);
}
