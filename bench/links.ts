/**
 * The live link check against a real HTTP server on 127.0.0.1: 200 links whose answers
 * take from 0 to 1 s, checked as `check --links` checks them (core/links/live.ts with
 * Node's fetch), against the slowest single answer alone. Bounded concurrency should make
 * the whole take about the slowest answer, never the sum of the waits (100 s here).
 * `node bench/main.mjs --links` runs it alone.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { checkLive, type LinkFetch } from '../src/core/links/live';
import { type Figure, figure, single, summarize, table } from './stats';

const LINKS = 200;
const SLOWEST_MS = 1000;
/** Link i answers after (i mod 21) × 50 ms: 0 to 1,000 ms, ten links at each step. */
const delayOf = (i: number) => (i % 21) * 50;

export interface LinkSamples {
  whole: number[];
  slowest: number[];
}

const nodeFetch: LinkFetch = (url, init) => fetch(url, init);

export async function measureLinks(runs: number): Promise<LinkSamples> {
  const server = createServer((req, res) => {
    const i = Number(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(), delayOf(i));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const urls = Array.from({ length: LINKS }, (_, i) => `http://127.0.0.1:${port}/${i}`);
  const slowestUrl = urls[20] as string;
  const out: LinkSamples = { whole: [], slowest: [] };
  try {
    const options = { fetch: nodeFetch, timeoutMs: 10_000, slowMs: 5_000 };
    await checkLive(urls.slice(0, 10), options);
    for (let run = 0; run < runs; run++) {
      let start = performance.now();
      await checkLive([slowestUrl], options);
      out.slowest.push(performance.now() - start);
      start = performance.now();
      const results = await checkLive(urls, options);
      out.whole.push(performance.now() - start);
      const failed = results.filter((r) => r.verdict.kind !== 'ok' && r.verdict.kind !== 'slow');
      if (failed.length) throw new Error(`${failed.length} links failed: ${failed[0]?.url}`);
    }
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  return out;
}

export function linkFigures(m: LinkSamples): Figure[] {
  const slowest = summarize(m.slowest).median;
  return [
    figure(
      {
        group: 'core',
        id: 'links.live',
        label: `Links: ${LINKS} checked live, answers 0 to ${SLOWEST_MS / 1000} s`,
        unit: 'ms',
        how: 'Node: checkLive (HEAD, default concurrency) against a local server',
        target: { max: 2 * slowest + 1000, text: '<= 2x slowest + 1 s' },
      },
      summarize(m.whole),
    ),
    figure(
      {
        group: 'core',
        id: 'links.slowest',
        label: '  the slowest answer alone',
        unit: 'ms',
        how: 'Node: checkLive on the one link that answers after 1 s',
      },
      summarize(m.slowest),
    ),
    figure(
      {
        group: 'core',
        id: 'links.ratio',
        label: '  all links / the slowest alone',
        unit: 'x',
        how: 'medians; a sum of the waits would be about 100x',
      },
      single(summarize(m.whole).median / slowest),
    ),
  ];
}

/** `node bench/main.mjs --links`: the live check's rows alone, without a browser. */
export async function linksOnly(): Promise<void> {
  process.stdout.write(`${table(linkFigures(await measureLinks(5)))}\n`);
}
