import { type Entry, mergeEntries, type Refined, refine } from './merge3';

/**
 * A three-way merge as consecutive regions that cover all three texts: unchanged, changed
 * by one side, changed alike by both, or a conflict. Conflicts are git's before it narrows
 * them (a conflict whose two versions turn out equal is `same`), so a region's base range
 * is always known: that is what the edition merge needs to read the items around it.
 */

export type RegionKind = 'stable' | 'ours' | 'theirs' | 'same' | 'conflict';

export interface Region {
  kind: RegionKind;
  b0: number;
  b1: number;
  o0: number;
  o1: number;
  t0: number;
  t1: number;
}

const KIND: Record<1 | 2, RegionKind> = { 1: 'ours', 2: 'theirs' };

export function mergeRegions(base: Int32Array, ours: Int32Array, theirs: Int32Array): Region[] {
  const entries = mergeEntries(base, ours, theirs);
  const lengths: Lengths = [base.length, ours.length, theirs.length];
  return toRegions(entries, refine(entries, ours, theirs), lengths);
}

/** How many records each text has: base, ours, theirs. */
export type Lengths = [number, number, number];

/** The regions of a merge whose entries (and their narrowing) are already known. */
export function toRegions(
  entries: Entry[],
  { entries: refined, parent }: Refined,
  lengths: Lengths,
): Region[] {
  const conflicting = new Set<number>();
  refined.forEach((m, k) => {
    if (m.mode === 0) conflicting.add(parent[k] as number);
  });
  const regions: Region[] = [];
  let b = 0;
  let o = 0;
  let t = 0;
  const push = (kind: RegionKind, b1: number, o1: number, t1: number) => {
    if (b1 > b || o1 > o || t1 > t) regions.push({ kind, b0: b, b1, o0: o, o1, t0: t, t1 });
    b = b1;
    o = o1;
    t = t1;
  };
  entries.forEach((m: Entry, k) => {
    push('stable', m.i0, m.i1, m.i2);
    const kind = m.mode === 0 ? (conflicting.has(k) ? 'conflict' : 'same') : KIND[m.mode as 1 | 2];
    push(kind, m.i0 + m.chg0, m.i1 + m.chg1, m.i2 + m.chg2);
  });
  push('stable', ...lengths);
  return regions;
}
