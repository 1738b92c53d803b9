/**
 * The first step of git's line diff (xdiff, the Myers diff `git merge-file` runs), written
 * again in TypeScript so that a merge this project calls clean is byte for byte the one git
 * would write. Before the search, xdiff trims the common head and tail, then leaves out of
 * the search every record the other side does not have at all, and records that occur very
 * often when they sit among such unmatched ones: they are marked changed at once. Those
 * choices decide where an ambiguous change lands, so they are kept exactly, constants
 * included.
 */

/** One side of a diff: its records as classes, and which of them changed. */
export interface Side {
  /** The class of each record: equal records share one. */
  readonly cls: Int32Array;
  /** Changed flags with a zero sentinel on each end: record i is at i + 1. */
  readonly changed: Uint8Array;
  /** The records that take part in the search, as indexes into `cls`. */
  rindex: Int32Array;
  /** Their classes, for the search. */
  ha: Int32Array;
}

const MAX_EQLIMIT = 1024;
const SIMSCAN_WINDOW = 100;
const KPDIS_RUN = 4;

/** xdiff's integer square root estimate: a power of two near sqrt(n). */
export function bogosqrt(n: number): number {
  let root = 1;
  for (let rest = n; rest > 0; rest = Math.floor(rest / 4)) root *= 2;
  return root;
}

/** Classes renumbered from 0 for the two sides, so counts fit a small array. */
function localClasses(a: Int32Array, b: Int32Array): [Int32Array, Int32Array, number] {
  const ids = new Map<number, number>();
  const map = (source: Int32Array) => {
    const out = new Int32Array(source.length);
    for (let i = 0; i < source.length; i++) {
      const key = source[i] as number;
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
      }
      out[i] = id;
    }
    return out;
  };
  const la = map(a);
  const lb = map(b);
  return [la, lb, ids.size];
}

/**
 * Whether a record that occurs often should leave the search: only when it stands in a run
 * of records with no match at all, judged within a window of 100 records either way.
 */
function cleanMultiMatch(dis: Uint8Array, i: number, start: number, end: number): boolean {
  const s = i - start > SIMSCAN_WINDOW ? i - SIMSCAN_WINDOW : start;
  const e = end - i > SIMSCAN_WINDOW ? i + SIMSCAN_WINDOW : end;
  let none = 0;
  let many = 1;
  for (let r = 1; i - r >= s; r++) {
    const d = dis[i - r];
    if (d === 0) none++;
    else if (d === 2) many++;
    else break;
  }
  if (none === 0) return false;
  let noneAfter = 0;
  let manyAfter = 1;
  for (let r = 1; i + r <= e; r++) {
    const d = dis[i + r];
    if (d === 0) noneAfter++;
    else if (d === 2) manyAfter++;
    else break;
  }
  if (noneAfter === 0) return false;
  const allNone = noneAfter + none;
  const allMany = manyAfter + many;
  return allMany * KPDIS_RUN < allMany + allNone;
}

/** How often each record's class occurs on the other side: 0 none, 1 some, 2 many. */
function matchKinds(
  own: Int32Array,
  otherCounts: Int32Array,
  start: number,
  end: number,
): Uint8Array {
  const limit = Math.min(bogosqrt(own.length), MAX_EQLIMIT);
  const dis = new Uint8Array(own.length + 1);
  for (let i = start; i <= end; i++) {
    const count = Math.min(otherCounts[own[i] as number] as number, limit);
    dis[i] = count === 0 ? 0 : count >= limit ? 2 : 1;
  }
  return dis;
}

function reduce(cls: Int32Array, dis: Uint8Array, start: number, end: number): Side {
  const changed = new Uint8Array(cls.length + 2);
  const keep: number[] = [];
  for (let i = start; i <= end; i++) {
    const kind = dis[i];
    if (kind === 1 || (kind === 2 && !cleanMultiMatch(dis, i, start, end))) keep.push(i);
    else changed[i + 1] = 1;
  }
  const rindex = Int32Array.from(keep);
  const ha = new Int32Array(rindex.length);
  for (let k = 0; k < rindex.length; k++) ha[k] = cls[rindex[k] as number] as number;
  return { cls, changed, rindex, ha };
}

/** Both sides ready for the search: ends trimmed, unmatched records marked changed. */
export function prepare(a: Int32Array, b: Int32Array): [Side, Side] {
  const [ca, cb, classes] = localClasses(a, b);
  const shorter = Math.min(ca.length, cb.length);
  let head = 0;
  while (head < shorter && ca[head] === cb[head]) head++;
  let tail = 0;
  while (tail < shorter - head && ca[ca.length - 1 - tail] === cb[cb.length - 1 - tail]) tail++;
  const countA = new Int32Array(classes);
  const countB = new Int32Array(classes);
  for (const c of ca) countA[c] = (countA[c] as number) + 1;
  for (const c of cb) countB[c] = (countB[c] as number) + 1;
  const endA = ca.length - tail - 1;
  const endB = cb.length - tail - 1;
  const disA = matchKinds(ca, countB, head, endA);
  const disB = matchKinds(cb, countA, head, endB);
  return [reduce(ca, disA, head, endA), reduce(cb, disB, head, endB)];
}
