/**
 * `node bench/main.mjs --popup-ab NAME=DIR …`: the popups of several builds opened in turn
 * in one browser, beside both floors, so that a change to the popup is judged within one
 * run rather than across runs of a machine whose speed drifts. Each DIR is a
 * `dist/chrome-e2e` (of a worktree at another commit, say); its popup page and assets are
 * copied into this tree's e2e build as `src/popup/ab-NAME.html`. The worker is this
 * tree's: the figure is the first stage, which only asks the browser for the tab.
 *
 * Options: `--runs=N` rounds (25), `--warmup=N` (3).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, prepareExtension, startPageServer, tabIdOf, waitHit } from './browser';
import { quietGate } from './quiet';
import { type Figure, figure, summarize, table } from './stats';

interface Variant {
  name: string;
  dir: string;
}

function parse(argv: string[]): { variants: Variant[]; runs: number; warmup: number } {
  const number = (flag: string, fallback: number) => {
    const arg = argv.find((a) => a.startsWith(`--${flag}=`));
    const n = arg ? Number(arg.split('=')[1]) : fallback;
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag} takes a whole number`);
    return n;
  };
  const variants = argv
    .filter((a) => !a.startsWith('--'))
    .map((spec) => {
      const [name, dir] = spec.split('=');
      if (!name || !dir || !/^[\w-]+$/.test(name)) throw new Error(`"${spec}" is not NAME=DIR`);
      const full = resolve(dir);
      if (!existsSync(join(full, 'src/popup/index.html'))) {
        throw new Error(`${full} has no built popup (src/popup/index.html)`);
      }
      return { name, dir: full };
    });
  if (variants.length === 0) throw new Error('name at least one build: NAME=DIR');
  return { variants, runs: number('runs', 25), warmup: number('warmup', 3) };
}

export async function popupAb(argv: string[]): Promise<void> {
  const { variants, runs, warmup } = parse(argv);
  const extension = await prepareExtension(mkdtempSync(join(tmpdir(), 'digest-bench-ab-')));
  for (const { name, dir } of variants) {
    // Asset names carry their content's hash: a name already there is the same file.
    cpSync(join(dir, 'assets'), join(extension, 'assets'), { recursive: true, force: false });
    const page = readFileSync(join(dir, 'src/popup/index.html'));
    writeFileSync(join(extension, `src/popup/ab-${name}.html`), page);
  }
  const server = await startPageServer();
  const session = await launch(extension, { draftClips: 0, changeChannel: 'unused' });
  const gate = quietGate();
  try {
    const content = await session.context.newPage();
    await content.goto(server.url('/ab/0'));
    const tab = await tabIdOf(session.worker, server.url('/ab/0'));
    const pages = [
      ['floor', 'blank.html'],
      ['floor.script', 'blank-script.html'],
      ...variants.map(({ name }) => [name, `src/popup/ab-${name}.html?tab=${tab}`]),
    ] as const;
    const at: Record<string, number[]> = {};
    const focusedAtFirstFrame: Record<string, number> = {};
    for (let round = 0; round < warmup + runs; round++) {
      await gate.wait(300);
      const order = round % 2 === 0 ? pages : [...pages].reverse();
      const got: Record<string, number> = {};
      for (const [name, path] of order) {
        const page = await session.context.newPage();
        await page.goto(session.url(path));
        got[name] = (await waitHit(page, 'load')).at;
        const first = await page.evaluate(() => window.__bench?.firstFrame);
        if (round >= warmup && first?.focused === 'field-comment') {
          focusedAtFirstFrame[name] = (focusedAtFirstFrame[name] ?? 0) + 1;
        }
        await page.close();
      }
      if (round < warmup) continue;
      const add = (id: string, value: number) => {
        at[id] = [...(at[id] ?? []), value];
      };
      for (const [name, ms] of Object.entries(got)) add(name, ms);
      for (const { name } of variants) {
        const ready = got[name] ?? Number.NaN;
        add(`${name}/floor`, ready / (got.floor ?? Number.NaN));
        add(`${name}/floor.script`, ready / (got['floor.script'] ?? Number.NaN));
      }
    }
    const figures: Figure[] = [];
    const row = (id: string, label: string, unit: 'ms' | 'x') => {
      const samples = at[id] ?? [];
      figures.push(figure({ group: 'ab', id, label, unit, how: '' }, summarize(samples)));
    };
    row('floor', 'Floor: blank extension page shown', 'ms');
    row('floor.script', 'Floor: blank page that runs one script', 'ms');
    for (const { name } of variants) {
      row(name, `${name}: filled, interactive form`, 'ms');
      row(`${name}/floor`, `  ${name} / floor`, 'x');
      row(`${name}/floor.script`, `  ${name} / floor that runs a script`, 'x');
    }
    process.stdout.write(`${table(figures)}\n\n`);
    for (const { name } of variants) {
      const focused = focusedAtFirstFrame[name] ?? 0;
      process.stdout.write(
        `${name}: comment focused in the first frame in ${focused} of ${runs}\n`,
      );
    }
  } finally {
    await session.close();
    await server.close();
  }
}
