/**
 * Runs `run` after the next frame is painted, so what is shown first never waits for it
 * (the nav counts, the search's full read).
 */
export function afterPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}
