import { useEffect } from 'preact/hooks';
import { onChange } from '../storage/changes';

/** What a view of the draft shows; notices about other stores (settings, popup drafts) pass it by. */
export const DRAFT_STORES: ReadonlySet<string> = new Set(['issues', 'clips', 'categories']);

/**
 * Reads once, then again after any context commits a write to one of `stores`. A
 * moment's grace (`graceMs`) lets a burst of writes (an import, a publish) cost one read.
 * Pass a stable `reload` (useCallback): a new one starts over.
 */
export function useReloadOnChange(
  reload: () => unknown,
  stores: ReadonlySet<string>,
  graceMs = 30,
): void {
  useEffect(() => {
    void reload();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onChange((notice) => {
      if (!notice.stores.some((store) => stores.has(store))) return;
      clearTimeout(timer);
      timer = setTimeout(reload, graceMs);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [reload]);
}
