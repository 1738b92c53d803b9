import { useCallback, useEffect, useState } from 'preact/hooks';
import { onChange } from '../../storage/changes';
import { listInbox } from '../../storage/inbox/inbox';
import type { StoredCandidate } from '../../storage/schema/stores';

/** A digest's inbox, read again whenever another page or the worker writes it. */
export function useInbox(digestId: string) {
  const [items, setItems] = useState<StoredCandidate[] | null>(null);
  const reload = useCallback(async () => setItems(await listInbox(digestId)), [digestId]);
  useEffect(() => {
    void reload();
    return onChange((notice) => {
      if (notice.stores.includes('inbox')) void reload();
    });
  }, [reload]);
  return { items, reload };
}
