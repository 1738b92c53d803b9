/**
 * `npm run bench`: what users feel, measured in Chromium against the browser's own
 * floor, plus core figures in Node and the build's gzipped sizes. Writes bench/results.json
 * and prints a table. Every timing is taken inside the page or process that does the work;
 * each figure is the median of repeated runs after warm-up runs that are not counted.
 * What each figure means and how it is measured: docs/benchmarks.md.
 *
 * Options: --runs=N (popup rounds, default 25), --warmup=N, --workspace-runs=N (12),
 * --import-runs=N (5), --bulk-runs=N (1), --quick (a smoke run), --trace (Chrome traces
 * of one extra popup load, workspace load and backup import, for DevTools).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../test/e2e/chromium';
import {
  callBench,
  launch,
  openBenchPage,
  type PageServer,
  prepareExtension,
  ROOT,
  type Session,
  startPageServer,
  tabIdOf,
} from './browser';
import { measureCore } from './core';
import { backupText, fingerprint, generateDataset, SEARCH_QUERY, SEED, SHAPE } from './data';
import { measureLinks } from './links';
import { describeMachine, describeSource } from './machine';
import { measureMerge } from './merge';
import { popupRounds } from './popup';
import { quietGate } from './quiet';
import { BULK, buildFigures, DRAFT_CLIPS, printable, TOTAL_CLIPS } from './report';
import { measureScale } from './scale';
import { buildSizes } from './size';
import { traced, traceLoad } from './trace';
import { workspaceRounds } from './workspace';

/** storage/changes.ts announces committed writes on this BroadcastChannel. */
const CHANGE_CHANNEL = 'digest-clipper-changes';

/**
 * Runs per figure. Figures that take seconds each (a workspace over 10,200 clips, a backup
 * import, 1,000 saves) run fewer times, so the whole bench stays within a few minutes on
 * two cores.
 */
interface Options {
  runs: number;
  warmup: number;
  workspaceRuns: number;
  importRuns: number;
  bulkRuns: number;
  trace: boolean;
}

function parseArgs(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const value = (name: string, fallback: number) => {
    const arg = argv.find((a) => a.startsWith(`--${name}=`));
    const n = arg ? Number(arg.split('=')[1]) : fallback;
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number`);
    return n;
  };
  return {
    runs: value('runs', quick ? 5 : 25),
    warmup: value('warmup', quick ? 1 : 3),
    workspaceRuns: value('workspace-runs', quick ? 3 : 12),
    importRuns: value('import-runs', quick ? 2 : 5),
    bulkRuns: value('bulk-runs', 1),
    trace: argv.includes('--trace'),
  };
}

const started = Date.now();
function log(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(5);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const options = parseArgs(argv);
  const { runs, warmup } = options;
  const gate = quietGate();
  const quiet = gate.wait;
  const work = mkdtempSync(join(tmpdir(), 'digest-bench-'));
  const traceDir = options.trace ? mkdtempSync(join(tmpdir(), 'digest-bench-trace-')) : null;
  let session: Session | undefined;
  let server: PageServer | undefined;
  try {
    log('copying dist/chrome-e2e and building the bench page');
    const extension = await prepareExtension(work);
    log('generating the data set in Node');
    const data = generateDataset(SEED);
    const text = backupText(data);
    const print = fingerprint(text);

    server = await startPageServer();
    session = await launch(extension, { draftClips: DRAFT_CLIPS, changeChannel: CHANGE_CHANNEL });
    const bench = await openBenchPage(session);

    gate.phase('popup');
    log(`floor, popup and single save: ${warmup} + ${runs} rounds`);
    const popup = await popupRounds(session, server, {
      rounds: runs,
      warmup,
      save: true,
      pagePrefix: 'article',
      quiet,
    });
    if (traceDir) {
      const content = await session.context.newPage();
      await content.goto(server.url('/traced/1'));
      const tab = await tabIdOf(session.worker, server.url('/traced/1'));
      await traceLoad(session, `src/popup/index.html?tab=${tab}`, join(traceDir, 'popup.json'));
      await content.close();
    }

    gate.phase('bulk');
    log(`${BULK} saves in a row through the worker, ${options.bulkRuns} time(s)`);
    const bulk = {
      totals: [] as number[],
      first: [] as number[],
      last: [] as number[],
      big: [] as number[],
      small: [] as number[],
    };
    for (let batch = 0; batch < options.bulkRuns; batch++) {
      await callBench(bench, 'removeAll');
      await quiet(1000);
      const times = await callBench(bench, 'saveMany', BULK, batch);
      bulk.totals.push(times.reduce((a, b) => a + b, 0));
      bulk.first.push(...times.slice(0, 100));
      bulk.last.push(...times.slice(-100));
      const stored = await callBench(bench, 'countClips');
      if (stored !== BULK) throw new Error(`${stored} clips stored after ${BULK} saves`);
    }
    log(`100 saves into that ${BULK}-clip draft and 100 into a new one, in turn`);
    await quiet(1000);
    const beside = await callBench(bench, 'savesBesideBigDraft', 100);
    bulk.big.push(...beside.big);
    bulk.small.push(...beside.small);

    gate.phase('import');
    log(`generating the ${TOTAL_CLIPS}-clip backup in Chromium and importing it`);
    const generated = await callBench(bench, 'generate', SEED);
    if (generated.fingerprint !== print) {
      throw new Error(`Chromium made other data than Node: ${generated.fingerprint} vs ${print}`);
    }
    const imports: number[] = [];
    for (let i = 0; i < options.importRuns + 1; i++) {
      await quiet(1000);
      const ms = await callBench(bench, 'importBackup');
      if (i > 0) imports.push(ms);
    }
    const parses: number[] = [];
    for (let i = 0; i < Math.min(runs, 5); i++) parses.push(await callBench(bench, 'parseOnly'));
    if (traceDir) {
      await quiet(1000);
      await traced(session, bench, join(traceDir, 'backup-import.json'), () =>
        callBench(bench, 'importBackup'),
      );
    }
    const stored = await callBench(bench, 'countClips');
    if (stored !== TOTAL_CLIPS) throw new Error(`${stored} clips after import, not ${TOTAL_CLIPS}`);

    const wsWarmup = Math.min(warmup, 2);
    gate.phase('workspace');
    log(`workspace over ${TOTAL_CLIPS} clips: ${wsWarmup} + ${options.workspaceRuns} rounds`);
    const workspace = await workspaceRounds(session, bench, {
      rounds: options.workspaceRuns,
      warmup: wsWarmup,
      quiet,
    });
    if (traceDir) {
      await quiet(1000);
      await traceLoad(session, 'src/options/index.html', join(traceDir, 'workspace.json'));
    }

    gate.phase('popup at scale');
    log(`popup with ${TOTAL_CLIPS} clips in the database: ${options.workspaceRuns} rounds`);
    const popupAtScale = await popupRounds(session, server, {
      rounds: options.workspaceRuns,
      warmup: 1,
      save: false,
      pagePrefix: 'scale',
      quiet,
    });

    await session.close();
    session = undefined;
    await server.close();
    server = undefined;

    gate.phase('core');
    log('core figures in Node');
    await quiet(1000);
    const core = measureCore(data, text, Math.max(runs, 30));
    const merge = measureMerge(Math.max(runs, 25));
    log('render and import against the size of the issue');
    const scale = measureScale(Math.max(runs, 15));
    log('200 links checked live against a local server');
    const links = await measureLinks(5);
    log('a 600-issue archive read from a repository, then a second sync');
    // Loaded here: it installs fake-indexeddb, which nothing before this may see.
    const archive = await (await import('./archive')).measureArchive();
    if (!workspace.searchCountText.replace(/[\s,.]/g, '').includes(String(core.facts.searchHits))) {
      log(
        `warning: the workspace says "${workspace.searchCountText}", core search finds ${core.facts.searchHits}`,
      );
    }
    for (const problem of workspace.problems) log(`warning: workspace ${problem}`);
    log('sizes of dist/chrome');
    const sizes = buildSizes(join(ROOT, 'dist/chrome'));

    const figures = buildFigures({
      popup,
      popupAtScale,
      bulk,
      workspace,
      imports,
      parses,
      backupBytes: generated.bytes,
      core,
      merge,
      scale,
      links,
      archive,
      sizes,
    });
    const date = new Date().toISOString();
    const machine = describeMachine(chromiumPath());
    const results = {
      date,
      machine,
      source: describeSource(ROOT),
      seed: SEED,
      shape: SHAPE,
      searchQuery: SEARCH_QUERY,
      searchHits: core.facts.searchHits,
      searchCountShown: workspace.searchCountText,
      options: { ...options, traceDir },
      quietWait: gate.waits,
      figures,
      samples: { popup, popupAtScale, bulk, workspace, imports, parses, core },
      backup: { bytes: generated.bytes, fingerprint: print, generateMs: generated.ms },
      sizes,
    };
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    const waited = `${(gate.waits.ms / 1000).toFixed(0)} s waiting for a quiet machine`;
    log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s (${waited})`);
    if (traceDir) log(`Chrome traces (DevTools, Performance, Load profile): ${traceDir}`);
    process.stdout.write(
      printable(figures, {
        date,
        machine,
        source: results.source,
        runs,
        busyWaits: gate.waits.busy,
      }),
    );
    for (const problem of workspace.problems) process.stdout.write(`Workspace ${problem}\n`);
  } finally {
    await session?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}
