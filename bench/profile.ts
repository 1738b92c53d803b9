/**
 * `node bench/main.mjs --profile`-style helper run directly: where the backup restore and
 * the search's first read spend their time in Chromium, step by step (bench-page.ts
 * `profile`). Not part of the figures; a tool for finding what to fix.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callBench, launch, openBenchPage, prepareExtension } from './browser';
import { SEED } from './data';

export async function profile(rounds = 3): Promise<void> {
  const extension = await prepareExtension(mkdtempSync(join(tmpdir(), 'digest-profile-')));
  const session = await launch(extension, {
    draftClips: 200,
    changeChannel: 'digest-clipper-changes',
  });
  try {
    const bench = await openBenchPage(session);
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1] ?? 0;
    const direct = await callBench(bench, 'saveDirect', 1000);
    await callBench(bench, 'removeAll');
    const worker = await callBench(bench, 'saveMany', 1000, 9);
    for (const [name, times] of [
      ['storage only', direct],
      ['through the worker', worker],
    ] as const) {
      const first = median(times.slice(0, 100));
      const last = median(times.slice(-100));
      process.stdout.write(
        `1,000 saves, ${name}: first 100 ${first.toFixed(1)} ms, last 100 ${last.toFixed(1)} ms\n`,
      );
    }
    if (process.argv.includes('--saves-only')) return;
    await callBench(bench, 'generate', SEED);
    for (let round = 0; round < rounds; round++) {
      const times = await callBench(bench, 'profile');
      const line = Object.entries(times).map(([k, v]) => `${k} ${v.toFixed(0)} ms`);
      process.stdout.write(`round ${round + 1}: ${line.join(', ')}\n`);
    }
  } finally {
    await session.close();
  }
}
