import { bogosqrt } from './prepare';

/**
 * The search of git's line diff: Myers' O(ND) divide and conquer ("An O(ND) Difference
 * Algorithm and its Variations"), searching from both corners of a box for the middle
 * snake, with xdiff's own cut-offs: past a cost of 256 a long enough snake is taken as a
 * good split, and past about sqrt(N) the furthest-reaching diagonal is taken, so a huge
 * edition never costs quadratic time. The cut-offs change which of several equally short
 * diffs comes out, which is why they are copied rather than improved.
 */

const SNAKE_CNT = 20;
const HEUR_MIN_COST = 256;
const MAX_COST_MIN = 256;
const K_HEUR = 4;
const LINE_MAX = 0x7fffffff;

interface Split {
  i1: number;
  i2: number;
  minLo: boolean;
  minHi: boolean;
}

/** The box being split, and the diagonals each search has reached. */
interface Box {
  off1: number;
  lim1: number;
  off2: number;
  lim2: number;
  fmin: number;
  fmax: number;
  bmin: number;
  bmax: number;
}

export class Search {
  private readonly f: Int32Array;
  private readonly b: Int32Array;
  private readonly o: number;
  private readonly maxCost: number;

  constructor(
    private readonly h1: Int32Array,
    private readonly h2: Int32Array,
  ) {
    const diagonals = h1.length + h2.length + 3;
    this.f = new Int32Array(diagonals);
    this.b = new Int32Array(diagonals);
    this.o = h2.length + 1;
    this.maxCost = Math.max(bogosqrt(diagonals), MAX_COST_MIN);
  }

  /** A snake of SNAKE_CNT equal records ending (forward) or starting (backward) here. */
  private snakeEndsAt(i1: number, i2: number): boolean {
    for (let k = 1; this.h1[i1 - k] === this.h2[i2 - k]; k++) if (k === SNAKE_CNT) return true;
    return false;
  }

  private snakeStartsAt(i1: number, i2: number): boolean {
    for (let k = 0; this.h1[i1 + k] === this.h2[i2 + k]; k++) if (k === SNAKE_CNT - 1) return true;
    return false;
  }

  split(off1: number, lim1: number, off2: number, lim2: number, needMin: boolean): Split {
    const { f, b, o, h1, h2 } = this;
    const dmin = off1 - lim2;
    const dmax = lim1 - off2;
    const fmid = off1 - off2;
    const bmid = lim1 - lim2;
    const odd = ((fmid - bmid) & 1) !== 0;
    let fmin = fmid;
    let fmax = fmid;
    let bmin = bmid;
    let bmax = bmid;
    f[o + fmid] = off1;
    b[o + bmid] = lim1;
    for (let ec = 1; ; ec++) {
      let gotSnake = false;
      if (fmin > dmin) f[o + --fmin - 1] = -1;
      else ++fmin;
      if (fmax < dmax) f[o + ++fmax + 1] = -1;
      else --fmax;
      for (let d = fmax; d >= fmin; d -= 2) {
        let i1 =
          (f[o + d - 1] as number) >= (f[o + d + 1] as number)
            ? (f[o + d - 1] as number) + 1
            : (f[o + d + 1] as number);
        const prev = i1;
        let i2 = i1 - d;
        while (i1 < lim1 && i2 < lim2 && h1[i1] === h2[i2]) {
          i1++;
          i2++;
        }
        if (i1 - prev > SNAKE_CNT) gotSnake = true;
        f[o + d] = i1;
        if (odd && bmin <= d && d <= bmax && (b[o + d] as number) <= i1)
          return { i1, i2, minLo: true, minHi: true };
      }
      if (bmin > dmin) b[o + --bmin - 1] = LINE_MAX;
      else ++bmin;
      if (bmax < dmax) b[o + ++bmax + 1] = LINE_MAX;
      else --bmax;
      for (let d = bmax; d >= bmin; d -= 2) {
        let i1 =
          (b[o + d - 1] as number) < (b[o + d + 1] as number)
            ? (b[o + d - 1] as number)
            : (b[o + d + 1] as number) - 1;
        const prev = i1;
        let i2 = i1 - d;
        while (i1 > off1 && i2 > off2 && h1[i1 - 1] === h2[i2 - 1]) {
          i1--;
          i2--;
        }
        if (prev - i1 > SNAKE_CNT) gotSnake = true;
        b[o + d] = i1;
        if (!odd && fmin <= d && d <= fmax && i1 <= (f[o + d] as number))
          return { i1, i2, minLo: true, minHi: true };
      }
      if (needMin) continue;
      if (gotSnake && ec > HEUR_MIN_COST) {
        const found = this.goodSnake(ec, { off1, lim1, off2, lim2, fmin, fmax, bmin, bmax });
        if (found) return found;
      }
      if (ec >= this.maxCost)
        return this.furthest({ off1, lim1, off2, lim2, fmin, fmax, bmin, bmax });
    }
  }

  /** Past the heuristic's cost, a diagonal that went far with a long snake behind it. */
  private goodSnake(ec: number, box: Box): Split | null {
    const { f, b, o } = this;
    const { off1, lim1, off2, lim2, fmin, fmax, bmin, bmax } = box;
    const fmid = off1 - off2;
    const bmid = lim1 - lim2;
    let best = 0;
    let spl: Split | null = null;
    for (let d = fmax; d >= fmin; d -= 2) {
      const dd = d > fmid ? d - fmid : fmid - d;
      const i1 = f[o + d] as number;
      const i2 = i1 - d;
      const v = i1 - off1 + (i2 - off2) - dd;
      if (
        v > K_HEUR * ec &&
        v > best &&
        off1 + SNAKE_CNT <= i1 &&
        i1 < lim1 &&
        off2 + SNAKE_CNT <= i2 &&
        i2 < lim2 &&
        this.snakeEndsAt(i1, i2)
      ) {
        best = v;
        spl = { i1, i2, minLo: true, minHi: false };
      }
    }
    if (best > 0) return spl;
    for (let d = bmax; d >= bmin; d -= 2) {
      const dd = d > bmid ? d - bmid : bmid - d;
      const i1 = b[o + d] as number;
      const i2 = i1 - d;
      const v = lim1 - i1 + (lim2 - i2) - dd;
      if (
        v > K_HEUR * ec &&
        v > best &&
        off1 < i1 &&
        i1 <= lim1 - SNAKE_CNT &&
        off2 < i2 &&
        i2 <= lim2 - SNAKE_CNT &&
        this.snakeStartsAt(i1, i2)
      ) {
        best = v;
        spl = { i1, i2, minLo: false, minHi: true };
      }
    }
    return best > 0 ? spl : null;
  }

  /** Enough: the furthest-reaching point of either search. */
  private furthest(box: Box): Split {
    const { f, b, o } = this;
    const { off1, lim1, off2, lim2, fmin, fmax, bmin, bmax } = box;
    let fbest = -1;
    let fbest1 = -1;
    for (let d = fmax; d >= fmin; d -= 2) {
      let i1 = Math.min(f[o + d] as number, lim1);
      let i2 = i1 - d;
      if (lim2 < i2) {
        i1 = lim2 + d;
        i2 = lim2;
      }
      if (fbest < i1 + i2) {
        fbest = i1 + i2;
        fbest1 = i1;
      }
    }
    let bbest = LINE_MAX;
    let bbest1 = LINE_MAX;
    for (let d = bmax; d >= bmin; d -= 2) {
      let i1 = Math.max(off1, b[o + d] as number);
      let i2 = i1 - d;
      if (i2 < off2) {
        i1 = off2 + d;
        i2 = off2;
      }
      if (i1 + i2 < bbest) {
        bbest = i1 + i2;
        bbest1 = i1;
      }
    }
    if (lim1 + lim2 - bbest < fbest - (off1 + off2))
      return { i1: fbest1, i2: fbest - fbest1, minLo: true, minHi: false };
    return { i1: bbest1, i2: bbest - bbest1, minLo: false, minHi: true };
  }
}
