/**
 * The edition merge in Node: two sides that each append items to the same sections of a
 * This Week in Rust edition, so git's line merge conflicts and the item merge runs. A
 * 200-item edition (the issue's target: within 50 ms) and a 5 MB one, whose time over its
 * size shows the merge stays linear. `node bench/main.mjs --merge` runs it alone.
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

function time(runs: number, body: () => unknown, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) body();
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    body();
    return performance.now() - start;
  });
}

export interface MergeSamples {
  small: number[];
  smallStyled: number[];
  big: number[];
  bigBytes: number;
  smallBytes: number;
}

export function measureMerge(runs: number): MergeSamples {
  const small = sides(200, 4);
  const check = mergeEditions(small.base, small.ours, small.theirs);
  if (!check.clean) throw new Error('the bench merge left conflicts');
  const style = findStyle('this-week-in-rust');
  const big = sides(92_000, 40);
  return {
    small: time(runs, () => mergeEditions(small.base, small.ours, small.theirs)),
    smallStyled: time(runs, () =>
      mergeEditions(small.base, small.ours, small.theirs, style ? { style } : {}),
    ),
    // Seconds a run: one run, no warm-up.
    big: time(1, () => mergeEditions(big.base, big.ours, big.theirs), 0),
    bigBytes: Buffer.byteLength(big.ours),
    smallBytes: Buffer.byteLength(small.ours),
  };
}

export function mergeFigures(m: MergeSamples): Figure[] {
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  const per = (samples: number[], bytes: number) => summarize(samples).median / (bytes / 1e6);
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
      summarize(m.small),
    ),
    figure(
      {
        group: 'core',
        id: 'merge.editions.styled',
        label: '  the same, style given',
        unit: 'ms',
        how: 'Node: mergeEditions with { style: this-week-in-rust }',
      },
      summarize(m.smallStyled),
    ),
    figure(
      {
        group: 'core',
        id: 'merge.big',
        label: `Merge: ${mb(m.bigBytes)} MB edition, both appended`,
        unit: 'ms',
        how: 'Node: mergeEditions on 92,000 items, style detected; one run',
      },
      summarize(m.big),
    ),
    figure(
      {
        group: 'core',
        id: 'merge.big.slope',
        label: '  ms per MB, big / 200-item',
        unit: 'x',
        how: 'time per MB of the 5 MB merge / of the 200-item merge: about 1 when linear',
      },
      single(per(m.big, m.bigBytes) / per(m.small, m.smallBytes)),
    ),
  ];
}

/** `node bench/main.mjs --merge`: the merge rows alone, without a browser. */
export function mergeOnly(): void {
  process.stdout.write(`${table(mergeFigures(measureMerge(25)))}\n`);
}
