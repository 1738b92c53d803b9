import type { Result } from '../model/result';
import { type Candidate, candidate } from './candidate';
import { findLinks, messageAround } from './links';

/** What a message of a Slack export holds that the inbox reads; anything else is ignored. */
interface ExportMessage {
  text?: unknown;
  ts?: unknown;
  user?: unknown;
  user_name?: unknown;
  user_profile?: { real_name?: unknown; display_name?: unknown; name?: unknown };
  attachments?: unknown;
}

interface Attachment {
  from_url?: unknown;
  original_url?: unknown;
  title_link?: unknown;
  title?: unknown;
  text?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function posterOf(message: ExportMessage): string {
  const profile = message.user_profile;
  return (
    text(profile?.display_name) ||
    text(profile?.real_name) ||
    text(profile?.name) ||
    text(message.user_name) ||
    text(message.user)
  );
}

/** Slack's `ts` is seconds since the epoch with a sequence after the dot. */
function timeOf(ts: unknown): string | undefined {
  const seconds = Number.parseFloat(text(ts));
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  const date = new Date(Math.floor(seconds) * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The unfurls of a message by the address they unfurled: their title and text. */
function unfurls(message: ExportMessage): Map<string, Attachment> {
  const out = new Map<string, Attachment>();
  if (!Array.isArray(message.attachments)) return out;
  for (const item of message.attachments as unknown[]) {
    if (!item || typeof item !== 'object') continue;
    const attachment = item as Attachment;
    for (const key of [attachment.from_url, attachment.original_url, attachment.title_link]) {
      // Keyed as the link reader writes the address, so the text's link finds its unfurl.
      const url = typeof key === 'string' ? findLinks(key, true)[0]?.url : undefined;
      if (url && !out.has(url)) out.set(url, attachment);
    }
  }
  return out;
}

/** True when the parsed JSON has the shape of a Slack export day file: messages with `ts`. */
export function isSlackExport(value: unknown): value is ExportMessage[] {
  return (
    Array.isArray(value) &&
    value.some(
      (m) => m && typeof m === 'object' && 'ts' in m && ('text' in m || 'attachments' in m),
    )
  );
}

/**
 * Candidates from a Slack export's day file (an array of messages): each link of a
 * message's text, its unfurl's title and text where Slack stored one, the message as the
 * comment and its author as the poster. Stops at `limit` links and says how many it saw.
 */
export function readSlackExport(
  messages: ExportMessage[],
  limit: number,
): Result<{ candidates: Candidate[]; seen: number }> {
  const candidates: Candidate[] = [];
  let seen = 0;
  for (const message of messages) {
    if (!message || typeof message !== 'object') continue;
    const body = text(message.text);
    const byUrl = unfurls(message);
    const links = findLinks(body, true);
    // An unfurl whose link the text does not hold (a shared message) still offers its page.
    const linked = new Set(links.map((link) => link.url));
    for (const url of byUrl.keys()) {
      if (linked.has(url)) continue;
      links.push({ url, start: body.length, end: body.length });
      linked.add(url);
    }
    for (const link of links) {
      seen++;
      if (candidates.length >= limit) continue;
      const unfurl = byUrl.get(link.url);
      candidates.push(
        candidate({
          url: link.url,
          title: text(unfurl?.title) || link.title,
          description: text(unfurl?.text),
          comment: messageAround(body, links, link, true),
          poster: posterOf(message),
          postedAt: timeOf(message.ts),
          source: 'slack-export',
        }),
      );
    }
  }
  return { ok: true, value: { candidates, seen } };
}
