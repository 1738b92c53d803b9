import type { Region } from '../diff3/regions';

/**
 * Where the item merge takes over from git's line merge: each conflict of the line merge,
 * widened over the unchanged and one-sided stretches around it until it starts and ends on
 * unit boundaries in all three texts (never inside an item, or between an item and the
 * blank lines above it). Conflicts that widen into each other make one block. Everything
 * outside the blocks is git's own clean result.
 */

/** A position in the three texts: base, ours and theirs line numbers. */
export type Point = [number, number, number];

export interface Block {
  start: Point;
  end: Point;
}

export interface Starts {
  base: Uint8Array;
  ours: Uint8Array;
  theirs: Uint8Array;
}

const size = (r: Region) => r.o1 - r.o0;

function onBoundary(starts: Starts, [b, o, t]: Point): boolean {
  return starts.base[b] === 1 && starts.ours[o] === 1 && starts.theirs[t] === 1;
}

/** Widens region k backwards; `keep` counts lines taken from the end of a stable region. */
function widenStart(regions: Region[], k: number, starts: Starts): Point {
  let lo = k;
  let keep = -1;
  const point = (): Point => {
    const r = regions[lo] as Region;
    return keep < 0 ? [r.b0, r.o0, r.t0] : [r.b1 - keep, r.o1 - keep, r.t1 - keep];
  };
  while (!onBoundary(starts, point())) {
    const r = regions[lo] as Region;
    if (keep >= 0 && keep < size(r)) keep++;
    else if (lo === 0) break;
    else {
      lo--;
      keep = (regions[lo] as Region).kind === 'stable' ? 1 : -1;
    }
  }
  return point();
}

function widenEnd(regions: Region[], k: number, starts: Starts): { end: Point; last: number } {
  let hi = k;
  let keep = -1;
  const point = (): Point => {
    const r = regions[hi] as Region;
    return keep < 0 ? [r.b1, r.o1, r.t1] : [r.b0 + keep, r.o0 + keep, r.t0 + keep];
  };
  while (!onBoundary(starts, point())) {
    const r = regions[hi] as Region;
    if (keep >= 0 && keep < size(r)) keep++;
    else if (hi === regions.length - 1) break;
    else {
      hi++;
      keep = (regions[hi] as Region).kind === 'stable' ? 1 : -1;
    }
  }
  return { end: point(), last: keep < 0 || keep === size(regions[hi] as Region) ? hi : hi - 1 };
}

const before = (a: Point, b: Point) => a[0] < b[0] || a[1] < b[1] || a[2] < b[2];

export function findBlocks(regions: Region[], starts: Starts): Block[] {
  const blocks: Block[] = [];
  let covered = -1;
  regions.forEach((region, k) => {
    if (region.kind !== 'conflict' || k <= covered) return;
    const start = widenStart(regions, k, starts);
    const { end, last } = widenEnd(regions, k, starts);
    covered = last;
    const previous = blocks[blocks.length - 1];
    if (previous && before(start, previous.end)) previous.end = end;
    else blocks.push({ start, end });
  });
  return blocks;
}

export interface Texts {
  base: readonly string[];
  ours: readonly string[];
  theirs: readonly string[];
}

const allBefore = (r: Region, p: Point) => r.b1 <= p[0] && r.o1 <= p[1] && r.t1 <= p[2];
const allAfter = (r: Region, p: Point) => r.b0 >= p[0] && r.o0 >= p[1] && r.t0 >= p[2];

/**
 * git's clean result between two points outside any block, asked for stretch after stretch
 * in order: regions are ordered in all three texts, so each call starts where the last one
 * stopped instead of at the first region (a 5 MB edition with conflicts in many sections
 * would otherwise read every region once per block).
 */
export function cleanTexts(regions: Region[], lines: Texts): (from: Point, to: Point) => string {
  let first = 0;
  return (from, to) => {
    while (first < regions.length && allBefore(regions[first] as Region, from)) first++;
    let text = '';
    for (let k = first; k < regions.length; k++) {
      const r = regions[k] as Region;
      if (allAfter(r, to)) break;
      text += cleanPart(r, lines, from, to);
    }
    return text;
  };
}

/** The part of one region that lies between two points, as git's clean merge writes it. */
function cleanPart(r: Region, lines: Texts, from: Point, to: Point): string {
  if (r.kind === 'stable') {
    const a = Math.max(r.o0, from[1]);
    const b = Math.min(r.o1, to[1]);
    return a < b ? lines.ours.slice(a, b).join('') : '';
  }
  const inside =
    r.b0 >= from[0] &&
    r.b1 <= to[0] &&
    r.o0 >= from[1] &&
    r.o1 <= to[1] &&
    r.t0 >= from[2] &&
    r.t1 <= to[2];
  if (!inside) return '';
  return r.kind === 'theirs'
    ? lines.theirs.slice(r.t0, r.t1).join('')
    : lines.ours.slice(r.o0, r.o1).join('');
}
