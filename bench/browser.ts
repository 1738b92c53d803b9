/// <reference types="chrome" />
/**
 * Chromium with the extension loaded, as the end-to-end tests start it (same binary, same
 * flags), from a throwaway copy of dist/chrome-e2e that adds two bench-only pages:
 * blank.html (the floor) and bench.html (the storage module, to seed and to save in bulk).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { build } from 'vite';
import { chromiumPath, QUIET_FLAGS } from '../test/e2e/chromium';
import { type Hit, type InstrumentOptions, instrument } from './instrument';
import type { BenchApi } from './page/bench-page';

export const ROOT = resolve(import.meta.dirname, '..');

/** The floor: an extension page with nothing to load but itself. */
const BLANK_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><main id="blank"></main></body></html>\n';
/**
 * The floor of a page that runs script: blank.html plus one module that marks the page.
 * In this Chromium the first script of an extension page costs tens of milliseconds
 * before it runs, whatever it holds (the page's script context is set up then), which a
 * page with no script never pays and no popup can avoid.
 */
const BLANK_SCRIPT_HTML = BLANK_HTML.replace(
  '</body>',
  '<script type="module" src="/blank.js"></script></body>',
);
const BLANK_JS = "document.getElementById('blank').dataset.ran = '1';\n";
const BENCH_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><script type="module" src="/bench/bench.js"></script></body></html>\n';

/** Copies the e2e build and adds the bench pages; the product build is never touched. */
export async function prepareExtension(
  work: string,
  source = join(ROOT, 'dist/chrome-e2e'),
): Promise<string> {
  if (!existsSync(join(source, 'manifest.json'))) {
    throw new Error(`${source} has no build: run "npm run build && npm run build:e2e" first`);
  }
  const dir = join(work, 'extension');
  cpSync(source, dir, { recursive: true });
  writeFileSync(join(dir, 'blank.html'), BLANK_HTML);
  writeFileSync(join(dir, 'blank-script.html'), BLANK_SCRIPT_HTML);
  writeFileSync(join(dir, 'blank.js'), BLANK_JS);
  writeFileSync(join(dir, 'bench.html'), BENCH_HTML);
  mkdirSync(join(dir, 'bench'), { recursive: true });
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(dir, 'bench'),
      emptyOutDir: false,
      target: 'chrome116',
      minify: false,
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: join(ROOT, 'bench/page/bench-page.ts'),
        output: { entryFileNames: 'bench.js', format: 'es', codeSplitting: false },
      },
    },
  });
  return dir;
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function launch(extensionDir: string, options: InstrumentOptions): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'digest-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      ...QUIET_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  await context.addInitScript(instrument, options);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The bench page, with its API ready. */
export async function openBenchPage(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url('bench.html'));
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return page;
}

/** Calls the bench page's API (bench/page/bench-page.ts). */
export function callBench<K extends keyof BenchApi>(
  page: Page,
  name: K,
  ...args: Parameters<BenchApi[K]>
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    ([method, params]) => {
      const fn = window.benchApi?.[method as keyof BenchApi] as (...a: unknown[]) => unknown;
      return fn(...(params as unknown[]));
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

/** Waits until the page's probe saw `label` and its next frame, and returns the hit. */
export async function waitHit(page: Page, label: string, timeout = 30_000): Promise<Hit> {
  try {
    await page.waitForFunction((name) => window.__bench?.hits[name]?.painted !== undefined, label, {
      timeout,
    });
  } catch (error) {
    throw new Error(`"${label}" was not reached on ${page.url()}: ${(error as Error).message}`);
  }
  return page.evaluate((name) => window.__bench?.hits[name] as Hit, label);
}

/** Waits until the page has had no DOM mutation for `quietMs` (at most `timeout`). */
export async function settle(page: Page, quietMs = 300, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (quiet) => performance.now() - (window.__bench?.lastMutation ?? 0) > quiet,
    quietMs,
    { timeout, polling: 50 },
  );
}

/** The id of the tab showing `url`, as the extension sees it. */
export function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === target);
    if (tab?.id === undefined) throw new Error(`no tab shows ${target}`);
    return tab.id;
  }, url);
}

export interface PageServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** Article pages to clip on 127.0.0.1, the only host the e2e build may read. */
export async function startPageServer(): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const n = path.replace(/\D+/g, '') || '0';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html><head><meta charset="utf-8"><title>Article ${n}: latency in practice | Example Blog</title>` +
        `<meta property="og:description" content="What article ${n} says about tail latency."></head>` +
        `<body><h1>Article ${n}</h1><p>Body text.</p></body></html>`,
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
