/**
 * The edition merge in Node: two sides that each append items to the same sections of a
 * This Week in Rust edition, so git's line merge conflicts and the item merge runs. A
 * 200-item edition (the target: within 50 ms), and a 1 MB and a 5 MB one, whose time over
 * their size shows whether the merge stays linear. The ratios are also taken over the
 * process's CPU time: on a machine others keep busy, the wall time of one 5-second run
 * mostly measures how long it waited for a core. `node bench/main.mjs --merge` runs it alone.
 */
import { performance } from 'node:perf_hooks';
import { findStyle } from '../src/core/markdown';
import { mergeEditions } from '../src/core/merge/editions';
import { type Figure, figure, single, summarize, table } from './stats';

const SECTIONS = [
  'Official',
  'Newsletters',
  'Project/Tooling Updates',
  'Observations/Thoughts',
  'Research',
];

function edition(items: number, extra: (section: number) => string[]): string {
  const head =
    'Title: This Week in Rust 600\nNumber: 600\nDate: 2025-01-01\nCategory: This Week in Rust\n\nHello and welcome.\n\n## Updates from Rust Community\n';
  const body = SECTIONS.map((name, s) => {
    const count = Math.floor(items / SECTIONS.length);
    const lines = Array.from(
      { length: count },
      (_, i) => `* [Item ${s}-${i} about Rust](https://example.com/${s}/${i})`,
    );
    return `\n### ${name}\n${[...lines, ...extra(s)].map((l) => `${l}\n`).join('')}`;
  });
  return `${head}${body.join('')}\n## Quote of the Week\n\nNone.\n`;
}

function sides(items: number, added: number) {
  const add = (side: string) => (s: number) =>
    Array.from(
      { length: added },
      (_, i) => `* [New ${side} ${s}-${i}](https://example.com/${side}/${s}/${i})`,
    );
  return {
    base: edition(items, () => []),
    ours: edition(items, add('ours')),
    theirs: edition(items, add('theirs')),
  };
}

/** Wall and CPU time of each run, in ms. */
interface Timed {
  wall: number[];
  cpu: number[];
}

function time(runs: number, body: () => unknown, warmup = 3): Timed {
  for (let i = 0; i < warmup; i++) body();
  const out: Timed = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    body();
    out.wall.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    out.cpu.push((used.user + used.system) / 1000);
  }
  return out;
}

export interface MergeSamples {
  small: Timed;
  smallStyled: Timed;
  /** One run each, no warm-up beyond the small ones. */
  mid: Timed;
  big: Timed;
  smallBytes: number;
  midBytes: number;
  bigBytes: number;
}

function once(items: number): { timed: Timed; bytes: number } {
  const texts = sides(items, 40);
  const timed = time(1, () => mergeEditions(texts.base, texts.ours, texts.theirs), 0);
  return { timed, bytes: Buffer.byteLength(texts.ours) };
}

export function measureMerge(runs: number): MergeSamples {
  const small = sides(200, 4);
  const check = mergeEditions(small.base, small.ours, small.theirs);
  if (!check.clean) throw new Error('the bench merge left conflicts');
  const style = findStyle('this-week-in-rust');
  const detected = time(runs, () => mergeEditions(small.base, small.ours, small.theirs));
  const styled = time(runs, () =>
    mergeEditions(small.base, small.ours, small.theirs, style ? { style } : {}),
  );
  const mid = once(18_400);
  const big = once(92_000);
  return {
    small: detected,
    smallStyled: styled,
    mid: mid.timed,
    big: big.timed,
    smallBytes: Buffer.byteLength(small.ours),
    midBytes: mid.bytes,
    bigBytes: big.bytes,
  };
}

export function mergeFigures(m: MergeSamples): Figure[] {
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  const per = (samples: number[], bytes: number) => summarize(samples).median / (bytes / 1e6);
  const slope = (a: number[], aBytes: number, b: number[], bBytes: number) =>
    single(per(a, aBytes) / per(b, bBytes));
  return [
    figure(
      {
        group: 'core',
        id: 'merge.editions',
        label: 'Merge: two 200-item editions, both appended',
        unit: 'ms',
        how: 'Node: mergeEditions, style detected (git conflicts, items merge)',
        target: { max: 50, text: '<= 50 ms' },
      },
      summarize(m.small.wall),
    ),
    figure(
      {
        group: 'core',
        id: 'merge.editions.styled',
        label: '  the same, style given',
        unit: 'ms',
        how: 'Node: mergeEditions with { style: this-week-in-rust }',
      },
      summarize(m.smallStyled.wall),
    ),
    figure(
      {
        group: 'core',
        id: 'merge.mid',
        label: `Merge: ${mb(m.midBytes)} MB edition, both appended`,
        unit: 'ms',
        how: 'Node: mergeEditions on 18,400 items, style detected; one run',
      },
      summarize(m.mid.wall),
    ),
    figure(
      {
        group: 'core',
        id: 'merge.big',
        label: `Merge: ${mb(m.bigBytes)} MB edition, both appended`,
        unit: 'ms',
        how: 'Node: mergeEditions on 92,000 items, style detected; one run',
      },
      summarize(m.big.wall),
    ),
    figure(
      {
        group: 'core',
        id: 'merge.big.slope',
        label: '  ms per MB, big / 200-item',
        unit: 'x',
        how: 'wall time per MB of the 5 MB merge / of the 200-item merge: about 1 when linear',
      },
      slope(m.big.wall, m.bigBytes, m.small.wall, m.smallBytes),
    ),
    figure(
      {
        group: 'core',
        id: 'merge.big.cpu-slope',
        label: '  CPU ms per MB, big / 200-item',
        unit: 'x',
        how: 'the same over process CPU time (all threads, GC included)',
      },
      slope(m.big.cpu, m.bigBytes, m.small.cpu, m.smallBytes),
    ),
    figure(
      {
        group: 'core',
        id: 'merge.big.cpu-scale',
        label: '  CPU ms per MB, big / 1 MB',
        unit: 'x',
        how: 'CPU time per MB of the 5 MB merge / of the 1 MB merge: about 1 when linear',
      },
      slope(m.big.cpu, m.bigBytes, m.mid.cpu, m.midBytes),
    ),
  ];
}

/** `node bench/main.mjs --merge`: the merge rows alone, without a browser. */
export function mergeOnly(): void {
  process.stdout.write(`${table(mergeFigures(measureMerge(25)))}\n`);
}
