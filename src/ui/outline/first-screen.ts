import { useEffect, useState } from 'preact/hooks';
import type { Clip } from '../../core/model';
import { afterPaint } from '../after-paint';
import type { OutlineSection } from './model';

/**
 * Rows a tall screen (1440 px: about 25 under the fields) shows, and more: the
 * first render builds only these, and the rest follow right after the first paint, so a
 * 200-clip issue is on screen without first building 200 rows nobody can see yet.
 */
export const FIRST_SCREEN_ROWS = 40;

/** How many rows to build: the first screen's worth on the first render, then all. */
export function useFirstScreen(total: number): number {
  const [whole, setWhole] = useState(total <= FIRST_SCREEN_ROWS);
  useEffect(() => {
    if (!whole) afterPaint(() => setWhole(true));
  }, []);
  return whole ? Number.POSITIVE_INFINITY : FIRST_SCREEN_ROWS;
}

/** Each section's clips, in order, until `limit` rows in all. */
export function firstRows(sections: OutlineSection[], limit: number): Clip[][] {
  let left = limit;
  return sections.map((section) => {
    const rows = section.clips.slice(0, Math.max(0, left));
    left -= rows.length;
    return rows;
  });
}
