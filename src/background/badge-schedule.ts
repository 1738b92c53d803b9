import { refreshBadge } from './badge';

/** A burst of writes ends when none came for this long; then the badge counts once. */
const QUIET_MS = 100;
/** Nor does a long run of writes leave the badge stale for longer than this. */
const MAX_WAIT_MS = 1000;

let timer: ReturnType<typeof setTimeout> | undefined;
let waitingSince = 0;
let running: Promise<unknown> | undefined;
let again = false;

function run(): void {
  timer = undefined;
  waitingSince = 0;
  if (running) {
    again = true;
    return;
  }
  running = refreshBadge()
    .catch(() => undefined)
    .finally(() => {
      running = undefined;
      if (again) {
        again = false;
        run();
      }
    });
}

/**
 * A recount after a change, once per burst: each save announces its write, and a count
 * per save would run beside the next save's write and wait on it (or it on the count),
 * so a run of saves grew slower as the draft grew. A count already running gets one more
 * after it, never more.
 */
export function scheduleBadgeRefresh(now = Date.now()): void {
  waitingSince ||= now;
  clearTimeout(timer);
  timer = setTimeout(run, Math.max(0, Math.min(QUIET_MS, waitingSince + MAX_WAIT_MS - now)));
}

/** Resolves once no recount is waiting or running (tests wait on it). */
export async function badgeSettled(): Promise<void> {
  while (timer !== undefined || running) {
    await (running ?? new Promise((resolve) => setTimeout(resolve, QUIET_MS)));
  }
}
