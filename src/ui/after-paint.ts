/**
 * Runs `run` after the next frame is painted, so what is shown first never waits for it
 * (the nav counts, the search's full read, the outline's rows below the first screen).
 */
export function afterPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}
