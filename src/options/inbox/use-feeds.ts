import { useCallback, useEffect, useState } from 'preact/hooks';
import { onChange } from '../../storage/changes';
import { listFeeds } from '../../storage/inbox/feeds';
import type { FollowedFeed } from '../../storage/schema/stores';

/** A digest's followed feeds, read again when the worker records a poll. */
export function useFeeds(digestId: string) {
  const [feeds, setFeeds] = useState<FollowedFeed[]>([]);
  const reload = useCallback(async () => setFeeds(await listFeeds(digestId)), [digestId]);
  useEffect(() => {
    void reload();
    return onChange((notice) => {
      if (notice.stores.includes('feeds')) void reload();
    });
  }, [reload]);
  return { feeds, reload };
}
