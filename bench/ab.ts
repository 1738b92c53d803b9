/**
 * `node bench/main.mjs --ab=popup|workspace NAME=DIR …`: one page of several builds opened
 * in turn in one browser, so that a change is judged within one run rather than across
 * runs of a machine whose speed drifts. Each DIR is a `dist/chrome-e2e` (of a worktree at
 * another commit, say); its page and assets are copied into this tree's e2e build as
 * `ab-NAME.html` beside the page. The worker and the database are this tree's.
 * - popup: beside both floors, navigation start → the filled form (its first stage, which
 *   only asks the browser for the tab), and the rounds whose first frame had the comment
 *   focused (the first script had run).
 * - workspace: over the bench's 10,200 clips, navigation start → the first screen of the
 *   draft's rows, and to the next frame.
 *
 * Options: `--runs=N` rounds (25 for the popup, 12 for the workspace), `--warmup=N` (2).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import {
  callBench,
  launch,
  openBenchPage,
  prepareExtension,
  type Session,
  startPageServer,
  tabIdOf,
  waitHit,
} from './browser';
import { SEED } from './data';
import { quietGate } from './quiet';
import { DRAFT_CLIPS } from './report';
import { type Figure, figure, summarize, table } from './stats';

const PAGES = {
  popup: { file: 'src/popup/index.html', hit: 'load', runs: 25, quietMs: 300 },
  workspace: { file: 'src/options/index.html', hit: 'screen', runs: 12, quietMs: 1000 },
} as const;
type Which = keyof typeof PAGES;

interface Variant {
  name: string;
  dir: string;
}

function parse(argv: string[]): {
  which: Which;
  variants: Variant[];
  runs: number;
  warmup: number;
} {
  const option = (flag: string) =>
    argv.find((a) => a.startsWith(`--${flag}=`))?.slice(flag.length + 3);
  const number = (flag: string, fallback: number) => {
    const text = option(flag);
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag} takes a whole number`);
    return n;
  };
  const which = option('ab');
  if (which !== 'popup' && which !== 'workspace') throw new Error('--ab=popup or --ab=workspace');
  const page = PAGES[which];
  const variants: Variant[] = argv
    .filter((a) => !a.startsWith('--'))
    .map((spec) => {
      const [name, dir] = spec.split('=');
      if (!name || !dir || !/^[\w-]+$/.test(name)) throw new Error(`"${spec}" is not NAME=DIR`);
      const full = resolve(dir);
      if (!existsSync(join(full, page.file))) throw new Error(`${full} has no ${page.file}`);
      return { name, dir: full };
    });
  if (variants.length === 0) throw new Error('name at least one build: NAME=DIR');
  return { which, variants, runs: number('runs', page.runs), warmup: number('warmup', 2) };
}

/** `src/popup/index.html` → `src/popup/ab-NAME.html` */
const abPath = (file: string, name: string) => file.replace(/index\.html$/, `ab-${name}.html`);

async function copyVariants(extension: string, file: string, variants: Variant[]): Promise<void> {
  for (const { name, dir } of variants) {
    // Asset names carry their content's hash: a name already there is the same file.
    cpSync(join(dir, 'assets'), join(extension, 'assets'), { recursive: true, force: false });
    writeFileSync(join(extension, abPath(file, name)), readFileSync(join(dir, file)));
  }
}

/** What one page gave: the figure's times, and the focused element at its first frame. */
async function openOnce(session: Session, path: string, hit: string) {
  const page: Page = await session.context.newPage();
  try {
    await page.goto(session.url(path));
    const { at, painted } = await waitHit(page, hit);
    const first = await page.evaluate(() => window.__bench?.firstFrame);
    return { at, painted: painted ?? Number.NaN, focused: first?.focused ?? '' };
  } finally {
    await page.close();
  }
}

export async function abRounds(argv: string[]): Promise<void> {
  const { which, variants, runs, warmup } = parse(argv);
  const page = PAGES[which];
  const extension = await prepareExtension(mkdtempSync(join(tmpdir(), 'digest-bench-ab-')));
  await copyVariants(extension, page.file, variants);
  const server = await startPageServer();
  const session = await launch(extension, {
    draftClips: DRAFT_CLIPS,
    changeChannel: 'digest-clipper-changes',
  });
  const gate = quietGate(5 * 60_000);
  try {
    let query = '';
    const pages: [string, string][] = [];
    if (which === 'popup') {
      const content = await session.context.newPage();
      await content.goto(server.url('/ab/0'));
      query = `?tab=${await tabIdOf(session.worker, server.url('/ab/0'))}`;
      pages.push(['floor', 'blank.html'], ['floor.script', 'blank-script.html']);
    } else {
      const bench = await openBenchPage(session);
      await callBench(bench, 'generate', SEED);
      await callBench(bench, 'importBackup');
      await bench.close();
    }
    for (const { name } of variants) pages.push([name, `${abPath(page.file, name)}${query}`]);

    const samples: Record<string, number[]> = {};
    const add = (id: string, value: number) => {
      samples[id] = [...(samples[id] ?? []), value];
    };
    const focused: Record<string, number> = {};
    for (let round = 0; round < warmup + runs; round++) {
      const order = round % 2 === 0 ? pages : [...pages].reverse();
      const got: Record<string, number> = {};
      for (const [name, path] of order) {
        await gate.wait(page.quietMs);
        const seen = await openOnce(session, path, page.hit);
        got[name] = seen.at;
        got[`${name}.painted`] = seen.painted;
        if (round >= warmup && seen.focused === 'field-comment') {
          focused[name] = (focused[name] ?? 0) + 1;
        }
      }
      if (round < warmup) continue;
      for (const [id, ms] of Object.entries(got)) add(id, ms);
      if (which !== 'popup') continue;
      for (const { name } of variants) {
        const ready = got[name] ?? Number.NaN;
        add(`${name}/floor`, ready / (got.floor ?? Number.NaN));
        add(`${name}/floor.script`, ready / (got['floor.script'] ?? Number.NaN));
      }
    }

    const figures: Figure[] = [];
    const row = (id: string, label: string, unit: 'ms' | 'x') => {
      if (samples[id])
        figures.push(figure({ group: 'ab', id, label, unit, how: '' }, summarize(samples[id])));
    };
    row('floor', 'Floor: blank extension page shown', 'ms');
    row('floor.script', 'Floor: blank page that runs one script', 'ms');
    for (const { name } of variants) {
      if (which === 'popup') {
        row(name, `${name}: filled, interactive form`, 'ms');
        row(`${name}/floor`, `  ${name} / floor`, 'x');
        row(`${name}/floor.script`, `  ${name} / floor that runs a script`, 'x');
      } else {
        row(name, `${name}: first screen, ${DRAFT_CLIPS}-clip draft`, 'ms');
        row(`${name}.painted`, '  the same, to the next frame', 'ms');
      }
    }
    process.stdout.write(`${table(figures)}\n`);
    if (which === 'popup') {
      for (const { name } of variants) {
        process.stdout.write(
          `${name}: comment focused in the first frame in ${focused[name] ?? 0} of ${runs}\n`,
        );
      }
    }
  } finally {
    await session.close();
    await server.close();
  }
}
