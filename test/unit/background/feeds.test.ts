import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase } from '../../../src/storage/db';

vi.mock('webextension-polyfill', () => ({ default: { alarms: {} } }));

afterEach(async () => {
  vi.unstubAllGlobals();
  await closeDatabase();
  await deleteDB('digest-clipper');
});

const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title>${items}</channel></rss>`;
const item = (n: number) =>
  `<item><title>Post ${n}</title><link>https://blog.example/${n}</link><pubDate>${new Date(Date.UTC(2099, 0, n)).toUTCString()}</pubDate></item>`;

describe('polling followed feeds', () => {
  it('sends the last answer’s ETag, reads nothing more on 304, and a failing feed leaves the others', async () => {
    const { addFeed, listFeeds } = await import('../../../src/storage/inbox/feeds');
    const { listInbox } = await import('../../../src/storage/inbox/inbox');
    const { pollFeeds } = await import('../../../src/background/feeds');
    await addFeed('default', { url: 'https://blog.example/feed.xml', periodMinutes: 60 });
    await addFeed('default', { url: 'https://huge.example/feed.xml', periodMinutes: 60 });
    await addFeed('default', { url: 'https://html.example/feed', periodMinutes: 60 });
    const sent: Record<string, string>[] = [];
    vi.stubGlobal('fetch', async (url: string, init: { headers: Record<string, string> }) => {
      if (url.startsWith('https://huge.example')) {
        return new Response('x', { headers: { 'content-length': String(50_000_000) } });
      }
      if (url.startsWith('https://html.example')) {
        return new Response('<!doctype html><html></html>', {
          headers: { 'content-type': 'text/html' },
        });
      }
      sent.push(init.headers);
      if (init.headers['if-none-match'] === '"v1"') return new Response(null, { status: 304 });
      return new Response(rss(item(1) + item(2)), { headers: { etag: '"v1"' } });
    });
    expect(await pollFeeds(new Date('2099-01-05T00:00:00Z'))).toBe(2);
    expect((await listInbox('default')).map((c) => [c.url, c.via])).toEqual([
      ['https://blog.example/2', 'Blog'],
      ['https://blog.example/1', 'Blog'],
    ]);
    const feeds = await listFeeds('default');
    expect(Object.fromEntries(feeds.map((f) => [f.url, f.error ?? f.etag]))).toEqual({
      'https://blog.example/feed.xml': '"v1"',
      'https://huge.example/feed.xml': 'The feed is larger than 5 MB and was not read.',
      'https://html.example/feed': expect.stringContaining('web page (HTML), not a feed'),
    });
    // Not due again within its period; due after it, and asked conditionally.
    expect(await pollFeeds(new Date('2099-01-05T00:30:00Z'))).toBe(0);
    expect(sent).toHaveLength(1);
    expect(await pollFeeds(new Date('2099-01-05T02:00:00Z'))).toBe(0);
    expect(sent[1]).toEqual({ 'if-none-match': '"v1"' });
    expect(await listInbox('default')).toHaveLength(2);
  });
});

describe('a feed that cannot be read', () => {
  it('says it was slow, or unreachable (a redirect loop ends the fetch), and changes nothing saved', async () => {
    const { addFeed, listFeeds } = await import('../../../src/storage/inbox/feeds');
    const { addCandidates, listInbox } = await import('../../../src/storage/inbox/inbox');
    const { pollFeeds } = await import('../../../src/background/feeds');
    await addCandidates('default', [{ url: 'https://kept.example/', source: 'list' }]);
    await addFeed('default', { url: 'https://slow.example/feed' });
    await addFeed('default', { url: 'https://loop.example/feed' });
    vi.stubGlobal('fetch', async (url: string) => {
      if (url.startsWith('https://slow.example'))
        throw new DOMException('timed out', 'TimeoutError');
      // What fetch does when redirects go round: it rejects with a network error.
      throw new TypeError('Failed to fetch');
    });
    expect(await pollFeeds(new Date('2099-01-05T00:00:00Z'))).toBe(0);
    const errors = Object.fromEntries((await listFeeds('default')).map((f) => [f.url, f.error]));
    expect(errors).toEqual({
      'https://slow.example/feed': 'The feed took longer than 20 seconds to answer.',
      'https://loop.example/feed': expect.stringContaining('a redirect loop'),
    });
    expect((await listInbox('default')).map((c) => c.url)).toEqual(['https://kept.example/']);
  });
});
