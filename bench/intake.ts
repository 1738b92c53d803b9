/**
 * The inbox: a paste of 200 Markdown links (titles from the text) until the 200 candidates
 * are drawn, and the inbox view opened over 2,000 waiting candidates until its rows are
 * drawn. Each timed inside the workspace page (performance.now() to the frame after the
 * rows exist), in Chromium with the product build. `node bench/main.mjs --intake` runs it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { FIRST_SCREEN_ROWS } from '../src/ui/first-screen';
import { chromiumPath, QUIET_FLAGS } from '../test/e2e/chromium';
import { type Figure, figure, summarize, table } from './stats';

const EXTENSION = resolve(import.meta.dirname, '../dist/chrome');
const PASTED = 200;
const WAITING = 2_000;

/**
 * In the page: clicks `click`, then the time until the count line reads `count` waiting and
 * the first screen of rows exists, and a frame passed: what the editor sees first.
 */
function timeUntilRows(page: Page, click: string, count: number): Promise<number> {
  return page.evaluate(
    ({ click, count, first }) =>
      new Promise<number>((done) => {
        const start = performance.now();
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent === click,
        );
        button?.click();
        const check = () => {
          const line = document.querySelector('.inbox-count')?.textContent ?? '';
          const rows = document.querySelectorAll('li.inbox-row').length;
          if (line.startsWith(`${count} `) && rows >= Math.min(count, first)) {
            requestAnimationFrame(() => done(performance.now() - start));
          } else requestAnimationFrame(check);
        };
        check();
      }),
    { click, count, first: FIRST_SCREEN_ROWS },
  );
}

/** Empties the inbox, or fills it with `count` candidates, straight through IndexedDB. */
function setInbox(page: Page, count: number): Promise<void> {
  return page.evaluate(
    (count) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('digest-clipper');
        open.onsuccess = () => {
          const tx = open.result.transaction('inbox', 'readwrite');
          const store = tx.objectStore('inbox');
          store.clear();
          const addedAt = new Date().toISOString();
          for (let i = 0; i < count; i++) {
            const url = `https://bench.example/articles/${i}`;
            store.put({
              id: `bench-${i}`,
              digestId: 'default',
              url,
              normalizedUrl: url,
              title: `Article ${i}: a title as long as real ones are, more or less`,
              comment: 'この記事よかったです。Worth a read for the section on caching.',
              poster: 'Aiko',
              postedAt: '10:32 AM',
              source: 'slack',
              addedAt,
              order: i,
            });
          }
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
    count,
  );
}

export interface IntakeSamples {
  paste: number[];
  open: number[];
}

export async function measureIntake(runs: number): Promise<IntakeSamples> {
  const profile = mkdtempSync(join(tmpdir(), 'digest-bench-intake-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      ...QUIET_FLAGS,
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
    ],
  });
  const out: IntakeSamples = { paste: [], open: [] };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    const workspace = `chrome-extension://${new URL(worker.url()).host}/src/options/index.html`;
    const text = Array.from(
      { length: PASTED },
      (_, i) => `- [Article ${i}: what changed this week](https://paste.example/articles/${i})`,
    ).join('\n');
    // One warm-up round of each, not counted.
    for (let run = -1; run < runs; run++) {
      await page.goto(workspace);
      await page.getByRole('button', { name: 'Inbox', exact: true }).waitFor();
      await setInbox(page, 0);
      await page.getByRole('button', { name: 'Inbox', exact: true }).click();
      await page.getByLabel(/^Paste links/).fill(text);
      const paste = await timeUntilRows(page, 'Add to inbox', PASTED);
      await setInbox(page, WAITING);
      await page.goto(workspace);
      await page.getByRole('button', { name: 'Inbox', exact: true }).waitFor();
      const open = await timeUntilRows(page, 'Inbox', WAITING);
      if (run >= 0) {
        out.paste.push(paste);
        out.open.push(open);
      }
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}

export function intakeFigures(m: IntakeSamples): Figure[] {
  return [
    figure(
      {
        group: 'workspace',
        id: 'intake.paste',
        label: `Inbox: paste of ${PASTED} Markdown links to candidates shown`,
        unit: 'ms',
        how: 'Chromium, workspace: Add to inbox clicked to the frame showing the count and first screen',
        target: { max: 500, text: '<= 500 ms' },
      },
      summarize(m.paste),
    ),
    figure(
      {
        group: 'workspace',
        id: 'intake.open',
        label: `Inbox: view opened over ${WAITING.toLocaleString('en')} candidates`,
        unit: 'ms',
        how: 'Chromium, workspace: Inbox tab clicked to the frame showing the count and first screen',
        target: { max: 1000, text: '<= 1 s' },
      },
      summarize(m.open),
    ),
  ];
}

/** `node bench/main.mjs --intake [--runs=N]`: these two rows alone (needs dist/chrome). */
export async function intakeOnly(args: string[]): Promise<void> {
  const arg = args.find((a) => a.startsWith('--runs='));
  const runs = arg ? Number(arg.split('=')[1]) : 5;
  console.log(table(intakeFigures(await measureIntake(runs))));
}
