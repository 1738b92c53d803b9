import { cutAtCodePoint, stripBidiControls } from '../capture/clip-input';
import { MAX_LINE } from '../model/limits';
import { singleLine } from '../text/escape';

/** Where a candidate came from: a kind of pasted text, an open tab, or a followed feed. */
export type IntakeSource =
  | 'list'
  | 'markdown'
  | 'slack'
  | 'discord'
  | 'teams'
  | 'slack-export'
  | 'tab'
  | 'feed';

/**
 * A link offered for the issue but not yet in it. Every text field is page text (someone
 * else's words), kept as plain text: folded to one line where it is a line, bounded, and
 * escaped only where it is written, as a clipped page's title is.
 */
export interface Candidate {
  url: string;
  /** The title the source gave (Markdown link text, Slack's unfurl, a feed entry's title). */
  title?: string;
  /** A description the source gave (Slack's unfurl text, a feed entry's summary). */
  description?: string;
  /** The message the link was posted in, offered as the item's comment. */
  comment?: string;
  /** Who posted it, where the text says so: offered as "clipped by". */
  poster?: string;
  /** When it was posted: an ISO time where the source has one, else the time as shown. */
  postedAt?: string;
  source: IntakeSource;
  /** The feed's or the window's name, for the inbox's source line. */
  via?: string;
}

/** Paste and feed limits: past them the reader stops with a message, never a long stall. */
export const INTAKE_LIMITS = {
  /** Characters of pasted text read at all (a 20 MB export is refused, not parsed). */
  pasteChars: 8_000_000,
  /** Links taken from one paste or one feed read; the rest are reported, not read. */
  candidates: 1_000,
  /** A suggested comment: a chat message, not an essay. */
  comment: 4_000,
  /** Characters of a feed document read. */
  feedChars: 5_000_000,
} as const;

/** Page text as one line: no controls or bidi overrides, spaces folded, bounded. */
export function pageTextLine(text: unknown): string {
  if (typeof text !== 'string') return '';
  const folded = stripBidiControls(singleLine(text)).replace(/\s+/g, ' ').trim();
  return cutAtCodePoint(folded, MAX_LINE);
}

/** A message offered as a comment: its lines kept, controls and bidi overrides gone, bounded. */
export function pageTextBlock(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => stripBidiControls(singleLine(line)).trimEnd());
  return cutAtCodePoint(lines.join('\n').trim(), INTAKE_LIMITS.comment);
}

/** The candidate with only its set fields, so stored records carry no `undefined`. */
export function candidate(fields: Candidate): Candidate {
  const out: Candidate = { url: fields.url, source: fields.source };
  const title = pageTextLine(fields.title);
  if (title) out.title = title;
  const description = pageTextLine(fields.description);
  if (description) out.description = description;
  const comment = pageTextBlock(fields.comment ?? '');
  if (comment) out.comment = comment;
  const poster = pageTextLine(fields.poster);
  if (poster) out.poster = cutAtCodePoint(poster, 200);
  const postedAt = pageTextLine(fields.postedAt);
  if (postedAt) out.postedAt = cutAtCodePoint(postedAt, 100);
  const via = pageTextLine(fields.via);
  if (via) out.via = via;
  return out;
}
