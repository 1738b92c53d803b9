import type { Result } from '../model/result';
import { htmlText, type RawFeed } from './feed-xml';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** JSON Feed 1.0 or 1.1: its items' `url` (or `external_url`), title, summary and date. */
export function readJsonFeed(value: unknown): Result<RawFeed> {
  const feed = value as { version?: unknown; title?: unknown; items?: unknown } | null;
  if (
    !feed ||
    typeof feed !== 'object' ||
    !text(feed.version).startsWith('https://jsonfeed.org/version/')
  ) {
    return {
      ok: false,
      error:
        'This JSON is not a JSON Feed: it has no "version" of https://jsonfeed.org/version/1.1.',
    };
  }
  if (!Array.isArray(feed.items)) {
    return { ok: false, error: 'This JSON Feed has no "items" list.' };
  }
  const entries = (feed.items as unknown[]).flatMap((raw) => {
    if (!raw || typeof raw !== 'object') return [];
    const item = raw as Record<string, unknown>;
    return [
      {
        url: text(item.url) || text(item.external_url),
        title: text(item.title),
        summary: text(item.summary) || text(item.content_text) || htmlText(text(item.content_html)),
        published: text(item.date_published) || text(item.date_modified) || undefined,
      },
    ];
  });
  return { ok: true, value: { kind: 'json', title: text(feed.title), entries } };
}
