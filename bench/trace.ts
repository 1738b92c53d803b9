/**
 * `--trace`: a Chrome trace of one extra, uncounted run of the slow paths, to open in
 * DevTools (Performance panel, "Load profile") and see where the time goes.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';
import { type Session, settle, waitHit } from './browser';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'loading',
  'toplevel',
  'IndexedDB',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];

async function stop(cdp: CDPSession): Promise<string> {
  const complete = new Promise<{ stream?: string }>((resolve) =>
    cdp.once('Tracing.tracingComplete', resolve),
  );
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('the trace came back without a stream');
  const chunks: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  return chunks.join('');
}

/** Traces `body`, run in `page` (a page of the extension's origin), into `file`. */
export async function traced(
  session: Session,
  page: Page,
  file: string,
  body: () => Promise<unknown>,
): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES },
  });
  try {
    await body();
  } finally {
    writeFileSync(file, await stop(cdp));
    await cdp.detach();
  }
}

/** One extra, uncounted load of an extension page, traced. */
export async function traceLoad(session: Session, path: string, file: string): Promise<void> {
  const page = await session.context.newPage();
  // Start from a page of the extension, so the traced navigation stays in its process.
  await page.goto(session.url('blank.html'));
  await traced(session, page, file, async () => {
    await page.goto(session.url(path));
    await waitHit(page, 'load', 60_000);
    await settle(page, 300);
  });
  await page.close();
}
