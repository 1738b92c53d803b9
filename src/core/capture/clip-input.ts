import type { ClipInput } from '../messages';
import { firstTooLong, type TooLong } from '../model/fits';
import { MAX_LINE, MAX_LONG_TEXT } from '../model/limits';
import type { Result } from '../model/result';
import { escapeInline, singleLine } from '../text/escape';
import { validateClipUrl } from '../text/url';

// The backup format's limits (model/limits.ts), so a saved clip can always be exported
// and imported again.
export const MAX_COMMENT_LENGTH = MAX_LONG_TEXT;
const MAX_LINE_LENGTH = MAX_LINE;

/**
 * The popup's fields and what each may hold. Past these the editor's words are refused
 * with the limit, never cut; page text (a title, a description) is cut where it is read,
 * in `clipInputFromPage`, so only typed text can be over them here.
 */
export const CAPTURE_LIMITS = {
  heading: MAX_LINE,
  comment: MAX_LONG_TEXT,
  pageTitle: MAX_LINE,
  description: MAX_LINE,
} as const;

/** The first popup field over its limit, or null. */
export function captureTooLong(
  fields: Record<keyof typeof CAPTURE_LIMITS, string>,
): TooLong | null {
  return firstTooLong(
    (Object.keys(CAPTURE_LIMITS) as (keyof typeof CAPTURE_LIMITS)[]).map((key) => [
      key,
      fields[key],
      CAPTURE_LIMITS[key],
    ]),
  );
}

/** Page text as a field shows it: no more than a line's limit, cut between characters. */
export const pageLine = (text: string) => cutAtCodePoint(text, MAX_LINE_LENGTH);

// Explicit bidi embeddings, overrides and isolates: in a page title they can make the
// text display reversed or reordered (a "trojan source" title), and no title needs them.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Page text without bidi controls; exported for the heading suggested from a title. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** The first `max` UTF-16 units, one fewer if the cut would split a surrogate pair. */
export function cutAtCodePoint(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

function clampLine(text: string): string {
  // Page titles are text: fold newlines and controls, trim, and bound the length.
  const folded = stripBidiControls(singleLine(text)).replace(/\s+/g, ' ').trim();
  return cutAtCodePoint(folded, MAX_LINE_LENGTH);
}

/**
 * Checks and normalises what a user or a page handed in, before anything is written.
 * The comment is the editor's Markdown and is kept byte for byte.
 */
export function checkClipInput(input: ClipInput): Result<ClipInput> {
  const url = validateClipUrl(input.url);
  if (!url.ok) return { ok: false, error: url.reason };
  if (input.comment.length > MAX_COMMENT_LENGTH) {
    return {
      ok: false,
      error: `The comment is too long (${input.comment.length.toLocaleString('en')} characters; the limit is ${MAX_COMMENT_LENGTH.toLocaleString('en')}).`,
    };
  }
  // The heading is the editor's own words: refused past its limit, never cut.
  const heading = stripBidiControls(singleLine(input.heading)).replace(/\s+/g, ' ').trim();
  if (heading.length > MAX_LINE_LENGTH) {
    return {
      ok: false,
      error: `The heading is too long (${heading.length.toLocaleString('en')} characters; the limit is ${MAX_LINE_LENGTH.toLocaleString('en')}).`,
    };
  }
  if (!input.categoryId) return { ok: false, error: 'Choose a category.' };
  // Named fields only: whatever else a caller put on the object is never stored.
  const { id, base, draftUrl, comment, categoryId, followUp, extra } = input;
  return {
    ok: true,
    value: {
      ...(id ? { id } : {}),
      ...(base ? { base } : {}),
      ...(draftUrl ? { draftUrl } : {}),
      ...(followUp ? { followUp } : {}),
      // The style's own fields, as the form made them (each stored as typed).
      ...(extra ? { extra } : {}),
      comment,
      categoryId,
      url: url.url,
      pageTitle: clampLine(input.pageTitle),
      heading,
      description: clampLine(input.description),
    },
  };
}

// A line that opens a block inside the quote: a heading, list, nested quote, setext
// underline, table row or link reference definition (`[a]: javascript:x`, which would
// turn a `[a]` anywhere in the issue into a link). Its first mark becomes a numeric
// reference, read as the literal character and never as syntax.
const BLOCK_MARK = /^([ \t]*)([#>+\-=|[])/;
const ORDERED_MARK = /^([ \t]*\d{1,9})([.)])/;
const reference = (c: string) => `&#${c.charCodeAt(0)};`;

/** One line of page text made inert: no tag, comment, entity, link or block opens. */
function inertLine(line: string): string {
  return escapeInline(line)
    .replace(BLOCK_MARK, (_, space: string, mark: string) => space + reference(mark))
    .replace(ORDERED_MARK, (_, number: string, mark: string) => number + reference(mark));
}

/**
 * Selected text offered as a Markdown quote in the comment. The selection is the page's
 * text, not the editor's Markdown, so it is neutralised like a page title: `<script>`,
 * `<!--` or `![x](...)` read as the characters the page showed.
 */
export function quoteSelection(text: string): string {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  if (!trimmed) return '';
  return trimmed
    .split('\n')
    .map((line) => (line.trim() ? `> ${inertLine(line)}` : '>'))
    .join('\n');
}
