/**
 * How render and import grow with the issue, in Node: an imported issue of 200 items
 * written back against one of 20,000 (the command line's `render`, the workspace's
 * Download), a This Week in Rust issue of 40 KB read and written back against a 5 MB
 * edition, and a style whose item template puts eight placeholders side by side read
 * against the built-in one over the same issue. Each large figure is one run; their time per item or per MB over the
 * small one's is about 1 when the work is linear. The ratios are also taken over the
 * process's CPU time, which waits for no core. `node bench/main.mjs --scale` runs it alone.
 */
import { performance } from 'node:perf_hooks';
import {
  findStyle,
  type HouseStyle,
  importDocument,
  importIssue,
  renderIssue,
} from '../src/core/markdown';
import type { IssueDocument } from '../src/core/model';
import { generateDataset, type SHAPE } from './data';
import { type Figure, figure, single, summarize, table } from './stats';

/** Wall and CPU time of each run, in ms. */
interface Timed {
  wall: number[];
  cpu: number[];
}

function time(runs: number, body: () => unknown, warmup = 2): Timed {
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

/** A Neco Weekly issue of `items` clips, imported, so it renders span by span. */
function imported(items: number): IssueDocument {
  const shape = { published: 0, perIssue: 0, draftClips: items } as unknown as typeof SHAPE;
  const { draft } = generateDataset(7, shape);
  return importIssue(renderIssue(draft));
}

/** A This Week in Rust edition of about `bytes`: tight bullets under five sections. */
function edition(bytes: number): string {
  const head =
    'Title: This Week in Rust 600\nNumber: 600\nDate: 2025-01-01\nCategory: This Week in Rust\n\nHello and welcome.\n\n## Updates from Rust Community\n';
  const sections = ['Official', 'Newsletters', 'Project/Tooling Updates', 'Research', 'Misc'];
  const item = (s: number, i: number) =>
    `* [Item ${s}-${i} about Rust and its tools](https://example.com/${s}/${i})\n`;
  const perSection = Math.ceil(bytes / item(0, 0).length / sections.length);
  const body = sections.map(
    (name, s) =>
      `\n### ${name}\n${Array.from({ length: perSection }, (_, i) => item(s, i)).join('')}`,
  );
  return `${head}${body.join('')}\n## Quote of the Week\n\nNone.\n`;
}

export interface ScaleSamples {
  render: { small: Timed; big: Timed; smallItems: number; bigItems: number };
  read: { small: Timed; big: Timed; smallBytes: number; bigBytes: number };
  /** The same two editions, imported, then written back: the size the editor downloads. */
  write: { small: Timed; big: Timed; smallBytes: number; bigBytes: number };
  sideBySide: { builtIn: Timed; hostile: Timed };
}

export function measureScale(runs: number): ScaleSamples {
  const small = imported(200);
  const big = imported(20_000);
  const render = {
    small: time(runs, () => renderIssue(small)),
    big: time(1, () => renderIssue(big), 0),
    smallItems: small.clips.length,
    bigItems: big.clips.length,
  };
  const twir = edition(40_000);
  const huge = edition(5_000_000);
  const read = {
    small: time(runs, () => importDocument(twir)),
    big: time(1, () => importDocument(huge), 0),
    smallBytes: Buffer.byteLength(twir),
    bigBytes: Buffer.byteLength(huge),
  };
  const twirDoc = importIssue(twir);
  const hugeDoc = importIssue(huge);
  const write = {
    small: time(runs, () => renderIssue(twirDoc)),
    big: time(1, () => renderIssue(hugeDoc), 0),
    smallBytes: Buffer.byteLength(renderIssue(twirDoc)),
    bigBytes: Buffer.byteLength(renderIssue(hugeDoc)),
  };
  const builtIn = findStyle('this-week-in-rust') as HouseStyle;
  // Eight placeholders with nothing between them, then a link that no item has after a
  // space: every item fails only after the last placeholder, which is what made the
  // regex engine try each split of the line.
  const hostile: HouseStyle = {
    ...builtIn,
    name: 'side-by-side',
    items: ['* {v0}{v1}{v2}{v3}{v4}{v5}{v6}{v7} {url}'],
  };
  const sideBySide = {
    builtIn: time(runs, () => importDocument(twir, { style: builtIn })),
    hostile: time(runs, () => importDocument(twir, { style: hostile })),
  };
  return { render, read, write, sideBySide };
}

export function scaleFigures(m: ScaleSamples): Figure[] {
  const median = (t: Timed) => summarize(t.wall).median;
  const per = (t: number[], size: number) => summarize(t).median / size;
  const slope = (a: number[], aSize: number, b: number[], bSize: number) =>
    single(per(a, aSize) / per(b, bSize));
  const { render, read, write, sideBySide } = m;
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;
  const row = (id: string, label: string, unit: 'ms' | 'x', how: string, summary = single(0)) =>
    figure({ group: 'core', id, label, unit, how }, summary);
  return [
    row(
      'scale.render.small',
      `Render: imported ${render.smallItems}-item issue`,
      'ms',
      'Node: renderIssue span by span (the CLI render, the workspace Download)',
      summarize(render.small.wall),
    ),
    row(
      'scale.render.big',
      `Render: imported ${render.bigItems.toLocaleString('en')}-item issue`,
      'ms',
      'the same on 20,000 items; one run',
      single(median(render.big)),
    ),
    row(
      'scale.render.slope',
      '  ms per item, 20,000 / 200',
      'x',
      'wall time per item of the large render / of the small one: about 1 when linear',
      slope(render.big.wall, render.bigItems, render.small.wall, render.smallItems),
    ),
    row(
      'scale.render.cpu-slope',
      '  CPU ms per item, 20,000 / 200',
      'x',
      'the same over process CPU time (all threads, GC included)',
      slope(render.big.cpu, render.bigItems, render.small.cpu, render.smallItems),
    ),
    row(
      'scale.import.small',
      `Import: ${kb(read.smallBytes)} This Week in Rust issue`,
      'ms',
      'Node: importDocument, style detected among the built-in ones',
      summarize(read.small.wall),
    ),
    row(
      'scale.import.big',
      `Import: ${kb(read.bigBytes)} edition`,
      'ms',
      'the same on a 5 MB edition; one run',
      single(median(read.big)),
    ),
    row(
      'scale.import.slope',
      '  ms per MB, 5 MB / 40 KB',
      'x',
      'wall time per MB of the large import / of the small one: about 1 when linear',
      slope(read.big.wall, read.bigBytes, read.small.wall, read.smallBytes),
    ),
    row(
      'scale.import.cpu-slope',
      '  CPU ms per MB, 5 MB / 40 KB',
      'x',
      'the same over process CPU time (all threads, GC included)',
      slope(read.big.cpu, read.bigBytes, read.small.cpu, read.smallBytes),
    ),
    row(
      'scale.write.small',
      `Render: imported ${kb(write.smallBytes)} This Week in Rust issue`,
      'ms',
      'Node: renderIssue of the 40 KB edition read above, span by span',
      summarize(write.small.wall),
    ),
    row(
      'scale.write.big',
      `Render: imported ${kb(write.bigBytes)} edition`,
      'ms',
      'the same on the 5 MB edition; one run',
      single(median(write.big)),
    ),
    row(
      'scale.write.slope',
      '  ms per MB, 5 MB / 40 KB',
      'x',
      'wall time per MB of the large render / of the small one: about 1 when linear',
      slope(write.big.wall, write.bigBytes, write.small.wall, write.smallBytes),
    ),
    row(
      'scale.write.cpu-slope',
      '  CPU ms per MB, 5 MB / 40 KB',
      'x',
      'the same over process CPU time (all threads, GC included)',
      slope(write.big.cpu, write.bigBytes, write.small.cpu, write.smallBytes),
    ),
    row(
      'scale.side-by-side',
      `Import: ${kb(read.smallBytes)} by a style of 8 side-by-side placeholders`,
      'ms',
      'Node: importDocument with { style } whose item is * {v0}{v1}…{v7} {url}',
      summarize(sideBySide.hostile.wall),
    ),
    row(
      'scale.side-by-side.ratio',
      '  / the same issue by the built-in style',
      'x',
      'median of the hostile style / median of this-week-in-rust, style given to both',
      single(median(sideBySide.hostile) / median(sideBySide.builtIn)),
    ),
  ];
}

/** `node bench/main.mjs --scale`: the scale rows alone, without a browser. */
export function scaleOnly(): void {
  process.stdout.write(`${table(scaleFigures(measureScale(15)))}\n`);
}
