import { useEffect, useState } from 'preact/hooks';
import { afterPaint } from './after-paint';

/**
 * Rows a tall screen (1440 px: about 25 outline rows under the fields) shows, and
 * more: a long list's first render builds only these, and the rest follow right after the
 * first paint, so a 200-clip issue or 200 search results are on screen without first
 * building rows nobody can see yet.
 */
export const FIRST_SCREEN_ROWS = 40;

/**
 * False until the first render with `ready` was painted and its effects ran: what sits
 * beside the first screen (the draft's sidebar) is built after that, so the first screen
 * does not wait for it.
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (ready && !painted) afterPaint(() => setPainted(true));
  }, [ready, painted]);
  return painted;
}

/**
 * How many of `total` rows to build: the first screen's worth on the first render that has
 * more, then all, from the next frame on (a list that arrives later, like search results,
 * is cut on its own first render).
 */
export function useFirstScreen(total: number): number {
  const [whole, setWhole] = useState(false);
  const long = total > FIRST_SCREEN_ROWS;
  useEffect(() => {
    if (long && !whole) afterPaint(() => setWhole(true));
  }, [long, whole]);
  return whole || !long ? Number.POSITIVE_INFINITY : FIRST_SCREEN_ROWS;
}
