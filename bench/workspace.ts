/**
 * The workspace (options page) over the seeded database: first render of the draft, Move
 * down on one clip, and search. It is being rewritten, so it is found only by what the
 * bench asks the product to keep (docs/benchmarks.md, "What the bench relies on"):
 * one `[data-clip-id]` element per clip of the draft, a "More actions" menu inside each with
 * a "Move down" item, a control named "Search" unless the search box is always shown, an
 * `<input type="search">`, the results in `[data-testid="search-results"]` and the result
 * count in `[data-testid="search-count"]`.
 */
import type { Page } from '@playwright/test';
import { callBench, type Session, settle, waitHit } from './browser';
import { SEARCH_QUERY } from './data';
import type { Quiet } from './quiet';

export interface WorkspaceSamples {
  /** Navigation start → the draft's clips in the DOM down past the window's bottom. */
  firstScreen: number[];
  firstScreenPainted: number[];
  /** Navigation start → every clip of the draft in the DOM. */
  firstRender: number[];
  firstRenderPainted: number[];
  /** Navigation start → DOMContentLoaded end: the workspace's scripts fetched and run. */
  scripts: number[];
  /** Move down click → the DOM shows the new order and the write was announced. */
  reorder: number[];
  /** Click on Search → its first results are listed. */
  searchOpen: number[];
  /** Click on Search → the result count is shown. */
  searchCounted: number[];
  /** Input event → the result count changed. */
  search: number[];
  /** The count as shown, to check that the search found what Node found. */
  searchCountText: string;
  /**
   * Steps the workspace did not let the bench take (a control it relies on is gone), once
   * each: their figures are left out and the reason printed, instead of the whole bench
   * failing while the workspace is being rebuilt.
   */
  problems: string[];
}

/** The control that switches the workspace to its search, whatever element it is. */
function searchSwitch(page: Page) {
  return page
    .getByRole('button', { name: 'Search', exact: true })
    .or(page.getByRole('tab', { name: 'Search', exact: true }))
    .or(page.getByRole('link', { name: 'Search', exact: true }))
    .first();
}

const now = (page: Page, list: 'clicks' | 'inputs') =>
  page.evaluate((name) => window.__bench?.[name].at(-1) ?? Number.NaN, list);

/** Move down on the first clip that has a clip after it in the same list. */
async function reorderOnce(page: Page, bench: Page): Promise<number> {
  const pair = await page.evaluate(() => {
    for (const item of document.querySelectorAll('[data-clip-id]')) {
      const next = item.nextElementSibling;
      if (next?.hasAttribute('data-clip-id')) {
        return [item.getAttribute('data-clip-id') ?? '', next.getAttribute('data-clip-id') ?? ''];
      }
    }
    return null;
  });
  if (!pair?.[0] || !pair[1]) throw new Error('no two neighbouring [data-clip-id] items');
  const [moved, other] = pair;
  const noticesBefore = await page.evaluate(() => window.__bench?.notices.length ?? 0);
  await page.evaluate(
    ([a, b]) =>
      window.__bench?.watch('reorder', () => {
        const ids = [...document.querySelectorAll('[data-clip-id]')].map((e) =>
          e.getAttribute('data-clip-id'),
        );
        const at = ids.indexOf(a);
        return at > 0 && ids[at - 1] === b;
      }),
    [moved, other] as const,
  );
  // The clip's actions are in its menu (More actions → Move down); the timed click is the
  // one on Move down, so opening the menu is not counted.
  const row = page.locator(`[data-clip-id="${moved}"]`);
  await row.getByRole('button', { name: 'More actions', exact: true }).click({ timeout: 10_000 });
  await row.getByRole('menuitem', { name: 'Move down', exact: true }).click({ timeout: 10_000 });
  const shown = await waitHit(page, 'reorder');
  // Committed: storage announces a write on its BroadcastChannel only after `tx.done`.
  await page.waitForFunction(
    (n) => window.__bench?.notices.slice(n).some((notice) => notice.stores.includes('clips')),
    noticesBefore,
  );
  const committed = await page.evaluate(
    (n) =>
      window.__bench?.notices.slice(n).find((notice) => notice.stores.includes('clips'))?.at ??
      Number.NaN,
    noticesBefore,
  );
  const click = await now(page, 'clicks');
  const stored = await callBench(bench, 'positions', [moved, other]);
  const [a, b] = [stored[moved], stored[other]];
  if (!a || !b || a.categoryId !== b.categoryId || a.order !== b.order + 1) {
    throw new Error(`Move down did not reach IndexedDB: ${JSON.stringify(stored)}`);
  }
  return Math.max(shown.at, committed) - click;
}

/** Opens the search if it is not shown, then types the query in one input event. */
async function searchOnce(page: Page) {
  const count = page.getByTestId('search-count');
  const box = page.getByRole('searchbox');
  let open = Number.NaN;
  let counted = Number.NaN;
  if (!(await box.isVisible())) {
    await page.evaluate(() => {
      window.__bench?.watch('search-open', () =>
        Boolean(document.querySelector('[data-testid="search-results"] li')),
      );
      window.__bench?.watch('search-counted', () =>
        /\d/.test(document.querySelector('[data-testid="search-count"]')?.textContent ?? ''),
      );
    });
    await searchSwitch(page).click({ timeout: 10_000 });
    const click = await now(page, 'clicks');
    open = (await waitHit(page, 'search-open')).at - click;
    counted = (await waitHit(page, 'search-counted')).at - click;
  }
  await settle(page, 200);
  const before = (await count.textContent()) ?? '';
  await page.evaluate(
    (text) =>
      window.__bench?.watch(
        'search',
        () => (document.querySelector('[data-testid="search-count"]')?.textContent ?? '') !== text,
      ),
    before,
  );
  await box.fill(SEARCH_QUERY);
  const shown = await waitHit(page, 'search');
  const input = await now(page, 'inputs');
  return {
    open,
    counted,
    response: shown.at - input,
    text: (await count.textContent()) ?? '',
  };
}

export interface WorkspaceRoundOptions {
  rounds: number;
  warmup: number;
  quiet: Quiet;
}

/** Each round opens the workspace in a new tab: first render, one reorder, one search. */
export async function workspaceRounds(
  session: Session,
  bench: Page,
  options: WorkspaceRoundOptions,
): Promise<WorkspaceSamples> {
  const samples: WorkspaceSamples = {
    firstScreen: [],
    firstScreenPainted: [],
    firstRender: [],
    firstRenderPainted: [],
    scripts: [],
    reorder: [],
    searchOpen: [],
    searchCounted: [],
    search: [],
    searchCountText: '',
    problems: [],
  };
  const attempt = async <T>(name: string, step: () => Promise<T>): Promise<T | null> => {
    try {
      return await step();
    } catch (error) {
      const reason = `${name}: not measured (${(error as Error).message.split('\n')[0]})`;
      if (!samples.problems.includes(reason)) samples.problems.push(reason);
      return null;
    }
  };
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    await options.quiet(1000);
    const page = await session.context.newPage();
    await page.goto(session.url('src/options/index.html'));
    const screen = await waitHit(page, 'screen', 60_000);
    const first = await waitHit(page, 'load', 60_000);
    await settle(page, 300);
    const reorder = await attempt('Move down', () => reorderOnce(page, bench));
    await settle(page, 300);
    const search = await attempt('Search', () => searchOnce(page));
    await page.close();
    if (round < options.warmup) continue;
    samples.firstScreen.push(screen.at);
    samples.firstScreenPainted.push(screen.painted ?? Number.NaN);
    samples.firstRender.push(first.at);
    samples.firstRenderPainted.push(first.painted ?? Number.NaN);
    samples.scripts.push(screen.navigation?.domContentLoadedEnd ?? Number.NaN);
    if (reorder !== null) samples.reorder.push(reorder);
    if (search && !Number.isNaN(search.open)) samples.searchOpen.push(search.open);
    if (search && !Number.isNaN(search.counted)) samples.searchCounted.push(search.counted);
    if (search) samples.search.push(search.response);
    if (search) samples.searchCountText = search.text;
  }
  return samples;
}
