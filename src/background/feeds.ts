import browser from 'webextension-polyfill';
// A static import: a service worker may not use import(). The popup never loads this file.
import { pageTextLine } from '../core/intake/candidate';
import { readFeed } from '../core/intake/feed';
import { lastPublishedDate, listFeeds, recordPoll } from '../storage/inbox/feeds';
import { addCandidates } from '../storage/inbox/inbox';
import type { FollowedFeed } from '../storage/schema/stores';

/** The alarm that reads followed feeds; each feed is read when its own period has passed. */
export const FEED_ALARM = 'poll-feeds';
const CHECK_MINUTES = 60;
/** Per feed: how long a read may take and how much of it is read. */
export const FEED_FETCH = { timeoutMs: 20_000, bytes: 5_000_000 };
/** With no published issue yet, a new feed offers its last week. */
const FIRST_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/** Creates the alarm unless it exists: creating it again would restart its period. */
export async function ensureFeedAlarm(): Promise<void> {
  if (await browser.alarms.get(FEED_ALARM)) return;
  await browser.alarms.create(FEED_ALARM, { periodInMinutes: CHECK_MINUTES, delayInMinutes: 1 });
}

class FeedError extends Error {}

async function readLimited(response: Response): Promise<string> {
  const length = Number(response.headers.get('content-length') ?? 0);
  const tooBig = `The feed is larger than ${FEED_FETCH.bytes / 1_000_000} MB and was not read.`;
  if (length > FEED_FETCH.bytes) throw new FeedError(tooBig);
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done || !value) break;
    size += value.byteLength;
    if (size > FEED_FETCH.bytes) {
      await reader.cancel().catch(() => {});
      throw new FeedError(tooBig);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function failure(error: unknown): string {
  if (error instanceof FeedError) return error.message;
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `The feed took longer than ${FEED_FETCH.timeoutMs / 1000} seconds to answer.`;
  }
  return 'The feed could not be reached (offline, a redirect loop, or no access to its site).';
}

async function pollOne(feed: FollowedFeed, now: Date): Promise<number> {
  const polledAt = now.toISOString();
  try {
    const headers: Record<string, string> = {};
    if (feed.etag) headers['if-none-match'] = feed.etag;
    if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
    const response = await fetch(feed.url, {
      headers,
      credentials: 'omit',
      redirect: 'follow',
      // Our own validators decide; the HTTP cache must not answer in their place.
      cache: 'no-store',
      signal: AbortSignal.timeout(FEED_FETCH.timeoutMs),
    });
    if (response.status === 304) {
      await recordPoll(feed.id, { polledAt });
      return 0;
    }
    if (!response.ok) throw new FeedError(`The feed answered ${response.status}.`);
    const text = await readLimited(response);
    const published = await lastPublishedDate(feed.digestId);
    const since = published
      ? `${published}T00:00:00Z`
      : new Date(now.getTime() - FIRST_WINDOW_MS).toISOString();
    const parsed = readFeed(text, { since });
    if (!parsed.ok) throw new FeedError(parsed.error);
    // A feed followed by its address is named by its own title from its first read on.
    const name = feed.title === feed.url && parsed.value.title ? parsed.value.title : feed.title;
    const via = pageTextLine(name);
    const candidates = parsed.value.candidates.map((c) => ({ ...c, via }));
    const added = await addCandidates(feed.digestId, candidates);
    await recordPoll(feed.id, {
      polledAt,
      ...(response.headers.get('etag') ? { etag: response.headers.get('etag') ?? '' } : {}),
      ...(response.headers.get('last-modified')
        ? { lastModified: response.headers.get('last-modified') ?? '' }
        : {}),
      title: parsed.value.title,
    });
    return added.added.length;
  } catch (error) {
    await recordPoll(feed.id, { polledAt, error: failure(error) });
    return 0;
  }
}

/**
 * Reads every feed whose period has passed, each on its own: one that fails records why
 * (shown in the inbox) and the others go on. Resolves with how many candidates were added.
 */
export async function pollFeeds(now = new Date()): Promise<number> {
  const feeds = await listFeeds();
  const due = feeds.filter(
    (f) =>
      !f.lastPolledAt || Date.parse(f.lastPolledAt) + f.periodMinutes * 60_000 <= now.getTime(),
  );
  const counts = await Promise.all(due.map((feed) => pollOne(feed, now)));
  return counts.reduce((a, b) => a + b, 0);
}

export function handleAlarm(alarm: { name: string }) {
  return alarm.name === FEED_ALARM ? pollFeeds() : undefined;
}
