import { type Clock, type IdGenerator, randomId, systemClock } from '../../core/model';
import { validateClipUrl } from '../../core/text/url';
import { type StorageOptions, transact } from '../db';
import type { FollowedFeed } from '../schema/stores';

/** A day: how often a feed is read unless the editor chose otherwise. */
export const DEFAULT_FEED_PERIOD = 24 * 60;

type FeedOptions = StorageOptions & { now?: Clock; newId?: IdGenerator };

/** Follows a feed for a digest; following the same address twice keeps the first. */
export async function addFeed(
  digestId: string,
  fields: { url: string; title?: string; periodMinutes?: number },
  options: FeedOptions = {},
): Promise<FollowedFeed> {
  const url = validateClipUrl(fields.url);
  if (!url.ok) throw new Error(url.reason);
  const { now = systemClock, newId = randomId } = options;
  return transact(options, ['feeds'], 'readwrite', async (tx) => {
    const store = tx.objectStore('feeds');
    const mine = await store.index('by-digest').getAll(digestId);
    const same = mine.find((feed) => feed.url === url.url);
    if (same) return same;
    const feed: FollowedFeed = {
      id: newId(),
      digestId,
      url: url.url,
      title: fields.title || url.url,
      addedAt: now().toISOString(),
      periodMinutes: fields.periodMinutes ?? DEFAULT_FEED_PERIOD,
    };
    await store.add(feed);
    return feed;
  });
}

export async function listFeeds(digestId?: string, options: StorageOptions = {}) {
  return transact(options, ['feeds'], 'readonly', (tx) =>
    digestId === undefined
      ? tx.objectStore('feeds').getAll()
      : tx.objectStore('feeds').index('by-digest').getAll(digestId),
  );
}

export async function removeFeed(id: string, options: StorageOptions = {}) {
  await transact(options, ['feeds'], 'readwrite', (tx) => tx.objectStore('feeds').delete(id));
}

/** What one poll learnt: the validators to send next time, the feed's name, or its failure. */
export interface PollRecord {
  polledAt: string;
  etag?: string;
  lastModified?: string;
  title?: string;
  error?: string;
}

/**
 * Writes a poll's outcome to a feed that is still followed (it may have been removed while
 * the poll ran). A failure keeps the validators of the last answer that worked.
 */
export async function recordPoll(id: string, poll: PollRecord, options: StorageOptions = {}) {
  await transact(options, ['feeds'], 'readwrite', async (tx) => {
    const store = tx.objectStore('feeds');
    const feed = await store.get(id);
    if (!feed) return;
    const { error: _old, ...rest } = feed;
    const next: FollowedFeed = poll.error
      ? { ...rest, lastPolledAt: poll.polledAt, error: poll.error }
      : {
          ...rest,
          lastPolledAt: poll.polledAt,
          ...(poll.etag ? { etag: poll.etag } : {}),
          ...(poll.lastModified ? { lastModified: poll.lastModified } : {}),
          ...(poll.title && feed.title === feed.url ? { title: poll.title } : {}),
        };
    await store.put(next);
  });
}

/** The date of a digest's latest published issue: feed entries since then are offered. */
export async function lastPublishedDate(digestId: string, options: StorageOptions = {}) {
  return transact(options, ['issues'], 'readonly', async (tx) => {
    let latest = '';
    let cursor = await tx.objectStore('issues').index('by-status').openCursor('published');
    while (cursor) {
      const issue = cursor.value;
      if ((issue.digestId ?? 'default') === digestId && issue.date > latest) latest = issue.date;
      cursor = await cursor.continue();
    }
    return latest || null;
  });
}
