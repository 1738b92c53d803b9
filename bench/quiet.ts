/**
 * Waits for the machine to go quiet before a measurement. IndexedDB keeps working after a
 * big write (its storage engine compacts in the background), and on two cores that work
 * would be charged to whatever is measured next. Reads /proc/stat (Linux); elsewhere it
 * waits a fixed moment instead.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

function cpuTimes(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

export interface QuietResult {
  waitedMs: number;
  /** False when the machine stayed busy until `maxMs`: the next figure may be noisier. */
  quiet: boolean;
}

/** Resolves once CPU use, over all cores, stayed below `threshold` for `windowMs`. */
export async function quiesce(
  windowMs = 1000,
  { threshold = 0.2, maxMs = 30_000, stepMs = 100 } = {},
): Promise<QuietResult> {
  const start = Date.now();
  if (!cpuTimes()) {
    await sleep(windowMs);
    return { waitedMs: windowMs, quiet: true };
  }
  const samples: { at: number; busy: number; total: number }[] = [];
  while (Date.now() - start < maxMs) {
    const now = cpuTimes() as { busy: number; total: number };
    samples.push({ at: Date.now(), ...now });
    const first = samples.find((s) => s.at >= Date.now() - windowMs);
    const oldest = samples[0] as { at: number };
    if (first && Date.now() - oldest.at >= windowMs) {
      const used = (now.busy - first.busy) / Math.max(1, now.total - first.total);
      if (used < threshold) return { waitedMs: Date.now() - start, quiet: true };
    }
    await sleep(stepMs);
  }
  return { waitedMs: Date.now() - start, quiet: false };
}

/**
 * quiesce() with a budget for the whole run: on a machine that others keep busy, the bench
 * stops waiting once `budgetMs` went into waiting, and counts the waits that were in vain.
 */
export function quietGate(budgetMs = 60_000) {
  const waits = { ms: 0, busy: 0, byPhase: {} as Record<string, { ms: number; busy: number }> };
  let phase = 'start';
  return {
    waits,
    /** Names the phase that the following waits are charged to, in results.json. */
    phase(name: string) {
      phase = name;
    },
    async wait(windowMs: number): Promise<void> {
      const left = Math.max(0, budgetMs - waits.ms);
      const result = await quiesce(windowMs, {
        maxMs: Math.max(windowMs, Math.min(10 * windowMs, left)),
      });
      const mine = waits.byPhase[phase] ?? { ms: 0, busy: 0 };
      waits.byPhase[phase] = mine;
      waits.ms += result.waitedMs;
      mine.ms += result.waitedMs;
      if (!result.quiet) {
        waits.busy++;
        mine.busy++;
      }
    },
  };
}

export type Quiet = (windowMs: number) => Promise<void>;
