import { singleLine } from '../text/escape';

/**
 * How a teammate's comment joins ours in a team merge (docs/backup.md, "Team merge").
 *
 * The incoming comment is appended after a blank line, attributed with an em dash and the
 * clipper's name: `— Aiko: Worth a read.` When the comment starts with block syntax (a
 * list, a quote, a code fence, a heading, HTML) an inline prefix would break it, so the
 * attribution then gets its own paragraph: `— Aiko:` followed by a blank line and the
 * comment. The comment's own bytes are never changed, so code and footnotes survive.
 *
 * Merging is idempotent: a comment is split into attributed segments, and a segment whose
 * text is already one of ours is not appended again. That also keeps a comment that has
 * travelled there and back (Aiko merged ours, we merge hers) from repeating our words.
 */

const MARKER = /(?:^|\n\n)— ([^\n:]{1,200}):(?: |\n\n)/g;
const BLOCK_START = /^(?: {4}|\t| {0,3}(?:[#>*+|<-]|\d{1,9}[.)]|```|~~~|\[\^))/;

export interface Segment {
  author: string;
  text: string;
}

const trimEnd = (text: string) => text.replace(/\s+$/, '');

/**
 * A name fit for the attribution line: one line, no character that could start markup, no
 * colon (it ends the name). Characters are dropped rather than escaped so that cleaning a
 * cleaned name changes nothing, which idempotent merging relies on.
 */
export function attributionName(name: string): string {
  const clean = singleLine(name)
    .replace(/[<>[\]()&*_`\\:|#!]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // By code point, so a cut never leaves half a surrogate pair.
  return Array.from(clean).slice(0, 100).join('').trim() || 'a teammate';
}

export function attributed(name: string, text: string): string {
  const who = attributionName(name);
  return BLOCK_START.test(text) ? `— ${who}:\n\n${text}` : `— ${who}: ${text}`;
}

/** The comment as its authors wrote it: the text before any marker is `firstAuthor`'s. */
export function segments(comment: string, firstAuthor: string): Segment[] {
  const found: Segment[] = [];
  let author = firstAuthor;
  let start = 0;
  for (const match of comment.matchAll(MARKER)) {
    const text = trimEnd(comment.slice(start, match.index));
    if (text) found.push({ author, text });
    author = match[1] ?? '';
    start = match.index + match[0].length;
  }
  const rest = trimEnd(comment.slice(start));
  if (rest) found.push({ author, text: rest });
  return found;
}

/**
 * Our comment with the teammate's segments that it does not hold yet. Segments by the
 * same author as ours are attributed too when they differ: both versions are kept rather
 * than one silently replacing the other. A comment of only whitespace counts as none.
 */
export function mergeComments(
  ours: string,
  ourAuthor: string,
  theirs: string,
  theirAuthor: string,
): string {
  const known = new Set(segments(ours, ourAuthor).map((segment) => segment.text));
  let merged = ours;
  for (const segment of segments(theirs, theirAuthor)) {
    if (known.has(segment.text)) continue;
    known.add(segment.text);
    const sameAuthor = attributionName(segment.author) === attributionName(ourAuthor);
    const block =
      merged.trim() === '' && sameAuthor ? segment.text : attributed(segment.author, segment.text);
    // Only line breaks go from our end: trailing spaces are bytes the editor wrote.
    merged = merged.trim() === '' ? block : `${merged.replace(/\n+$/, '')}\n\n${block}`;
  }
  return merged;
}
