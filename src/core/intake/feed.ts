import type { Result } from '../model/result';
import { validateClipUrl } from '../text/url';
import { type Candidate, candidate, INTAKE_LIMITS } from './candidate';
import { type RawFeed, readXmlFeed } from './feed-xml';
import { readJsonFeed } from './json-feed';

/**
 * Feeds: RSS 2.0, Atom and JSON Feed read into candidates. This module pulls an XML
 * parser, so pages import it by `import()` where a feed is read, never at start.
 */

export interface FeedReading {
  kind: RawFeed['kind'];
  title: string;
  /** The entries published since the date asked for, newest first, each address once. */
  candidates: Candidate[];
  /** Entries with no date, or a date no reader understands: left out when a date is asked. */
  undated: number;
  /** Entries whose address is not a web page (or missing). */
  unusable: number;
}

/** A feed's date as an ISO time, or null: RFC 822 (RSS), RFC 3339 (Atom, JSON Feed). */
export function feedDate(text: string | undefined): string | null {
  if (!text) return null;
  const time = Date.parse(text.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function kindOf(text: string): 'json' | 'xml' | 'html' | null {
  const start = text.trimStart();
  if (start.startsWith('{')) return 'json';
  if (
    /^<!doctype html|^<html[\s>]/i.test(start) ||
    /^<(?:\?xml[^>]*>\s*)?<!doctype html/i.test(start)
  ) {
    return 'html';
  }
  return start.startsWith('<') ? 'xml' : null;
}

function raw(text: string): Result<RawFeed> {
  switch (kindOf(text)) {
    case 'html':
      return {
        ok: false,
        error:
          'This address gives a web page (HTML), not a feed. Look on the page for its RSS or Atom link.',
      };
    case 'json': {
      try {
        return readJsonFeed(JSON.parse(text));
      } catch {
        return {
          ok: false,
          error: 'This JSON Feed is not valid JSON: it ends early or has a stray character.',
        };
      }
    }
    case 'xml':
      return readXmlFeed(text);
    default:
      return {
        ok: false,
        error: 'This is not a feed: it is neither XML (RSS, Atom) nor JSON Feed.',
      };
  }
}

/**
 * A feed document as candidates: entries published at or after `since` (all dated ones
 * when no date is given), each titled and summarised as page text, at most the intake
 * limit. A broken, huge or foreign document gives a message and no candidates.
 */
export function readFeed(
  text: string,
  options: { since?: string; via?: string } = {},
): Result<FeedReading> {
  if (text.length > INTAKE_LIMITS.feedChars) {
    return {
      ok: false,
      error: `This feed is over ${INTAKE_LIMITS.feedChars / 1_000_000} million characters and was not read.`,
    };
  }
  const parsed = raw(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return parsed;
  const feed = parsed.value;
  const since = options.since ? Date.parse(options.since) : Number.NEGATIVE_INFINITY;
  let undated = 0;
  let unusable = 0;
  const seen = new Set<string>();
  const dated: { time: number; candidate: Candidate }[] = [];
  for (const entry of feed.entries) {
    const url = validateClipUrl(entry.url);
    if (!url.ok) {
      unusable++;
      continue;
    }
    const published = feedDate(entry.published);
    if (!published) {
      undated++;
      if (options.since) continue;
    }
    const time = published ? Date.parse(published) : 0;
    if (time < since || seen.has(url.url)) continue;
    seen.add(url.url);
    dated.push({
      time,
      candidate: candidate({
        url: url.url,
        title: entry.title,
        description: entry.summary,
        ...(published ? { postedAt: published } : {}),
        source: 'feed',
        via: options.via ?? feed.title,
      }),
    });
  }
  const candidates = dated
    .sort((a, b) => b.time - a.time)
    .slice(0, INTAKE_LIMITS.candidates)
    .map((d) => d.candidate);
  return { ok: true, value: { kind: feed.kind, title: feed.title, candidates, undated, unusable } };
}
