import { useLayoutEffect, useState } from 'preact/hooks';
import { buildSearchIndex, type SearchEntry } from '../../core/search';
import { type ChangeNotice, onChange } from '../../storage/changes';
import {
  loadSearchDataInChunks,
  loadSearchStart,
  type SearchCounts,
  type SearchData,
  type SearchStart,
} from '../../storage/search';
import { afterPaint } from '../../ui/after-paint';
import { DRAFT_STORES } from '../../ui/use-reload-on-change';
import { errorText } from '../shared/notify';

/** Every clip, read and folded for searching. */
export interface SearchFull {
  data: SearchData;
  index: SearchEntry[];
}

// The clips, their issues and their sections (what a view of the draft shows, too), and
// the published issues' clips.
const touchesSearch = ({ stores }: ChangeNotice) =>
  stores.some((store) => store === 'archive' || DRAFT_STORES.has(store));

// Kept while the page is open, so the view opens again at once; read again only after a
// write that changes what it searches (noted here while the view is closed).
let kept: SearchFull | null = null;
let stale = false;
let watching = false;

function watchForChanges() {
  if (watching) return;
  watching = true;
  onChange((notice) => {
    if (touchesSearch(notice)) stale = true;
  });
}

/**
 * What the search view searches. The first open shows the newest clips at once (`start`,
 * a few records through the time index), the count as soon as it is counted (`counts`),
 * and then reads every clip, in chunks that say how far they got (`reading`), into `full`;
 * later opens in the same page show the kept index at once.
 */
export function useSearchSource(limit: number) {
  const [start, setStart] = useState<SearchStart | null>(null);
  const [counts, setCounts] = useState<SearchCounts | null>(null);
  const [full, setFull] = useState<SearchFull | null>(kept);
  const [error, setError] = useState<string | null>(null);
  /** Clips read so far while every clip is read; `null` when not reading. */
  const [reading, setReading] = useState<number | null>(null);
  // A layout effect, so the first read starts with the view's first render: an effect
  // would wait for the frame after it.
  useLayoutEffect(() => {
    watchForChanges();
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Reads may overlap (a change notice during one): only the latest one answers.
    let latest = 0;
    const loadFull = () => {
      stale = false;
      const read = ++latest;
      const current = () => live && read === latest;
      setReading(0);
      loadSearchDataInChunks((count) => current() && setReading(count))
        .then((data) => {
          if (read !== latest) return;
          kept = { data, index: buildSearchIndex(data.clips) };
          if (!live) return;
          setFull(kept);
          setError(null);
        })
        .catch((problem) => current() && setError(errorText(problem)))
        .finally(() => current() && setReading(null));
    };
    if (!kept) {
      const { newest, counts } = loadSearchStart(limit);
      newest.then((first) => live && setStart(first)).catch(() => undefined);
      counts
        .then((found) => live && setCounts(found))
        .catch((problem) => live && setError(errorText(problem)))
        // The full read after the count, which would otherwise wait behind it.
        .finally(() => live && afterPaint(loadFull));
    } else if (stale) afterPaint(loadFull);
    const off = onChange((notice) => {
      if (!touchesSearch(notice)) return;
      clearTimeout(timer);
      timer = setTimeout(loadFull, 200);
    });
    return () => {
      live = false;
      off();
      clearTimeout(timer);
    };
  }, [limit]);
  return { start, counts, full, error, reading };
}
