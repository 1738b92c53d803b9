import { escapeLinkText, singleLine } from './escape';

/**
 * The editor's own heading, which is Markdown: inline code, emphasis and links are written
 * as typed. Only what would break out of the heading's place is escaped:
 * - a line break would start a new block: folded into a space, as for page text;
 * - a `<` that starts a tag, comment or autolink (`<b>`, `<!--`, `<https:…>`): `&lt;`,
 *   so no raw HTML comes from a heading;
 * - in a heading line, a trailing ` #` that would be read as the closing sequence;
 * - in link text, a `[` or `]` that is not escaped already (link text cannot hold a link,
 *   and a `]` would end it), and a trailing backslash that would escape the closing `]`;
 * - a link to anything but http(s): its `]` is escaped, so it stays text; an image's `!`,
 *   so it is a link rather than a picture fetched from anywhere;
 * - at the start of a paragraph line, a mark that would open a block (`# `, `> `, `- `)
 *   or a link reference definition (`[a]: javascript:x`).
 * Inside a code span nothing is escaped, since there nothing is read as markup. Where a
 * code span in link text holds a bracket, the heading is written as page text instead:
 * the importer reads link text by its brackets.
 */

export type HeadingPlace = 'heading' | 'link-text' | 'inline';

interface Piece {
  code: boolean;
  text: string;
}

/**
 * Splits text into code spans and the rest, as CommonMark pairs backtick runs: a run opens
 * a span that the next run of the same length closes; a backtick escaped by a backslash
 * (outside a span) opens nothing.
 */
function codeSpans(text: string): Piece[] {
  const pieces: Piece[] = [];
  const runEnd = (from: number) => {
    let end = from;
    while (text[end] === '`') end++;
    return end;
  };
  let at = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\\') {
      i += 2;
      continue;
    }
    if (text[i] !== '`') {
      i++;
      continue;
    }
    const openEnd = runEnd(i);
    let close = -1;
    for (let k = openEnd; k < text.length; ) {
      if (text[k] !== '`') {
        k++;
        continue;
      }
      const end = runEnd(k);
      if (end - k === openEnd - i) {
        close = end;
        break;
      }
      k = end;
    }
    if (close < 0) {
      i = openEnd;
      continue;
    }
    pieces.push(
      { code: false, text: text.slice(at, i) },
      { code: true, text: text.slice(i, close) },
    );
    at = close;
    i = close;
  }
  pieces.push({ code: false, text: text.slice(at) });
  return pieces.filter((piece) => piece.text !== '');
}

// A backslash escape already in the text is kept, with what it escapes.
const BRACKET = /\\[\s\S]|[[\]]/g;

// A link whose destination is not plainly http(s) (`javascript:`, `data:`, or a scheme
// hidden behind a reference such as `&#58;`): its `]` is escaped, so it is no link at all.
const UNSAFE_LINK = /(?<!\\)\]\((?![ \t]*<?[ \t]*https?:\/\/)/gi;

function outsideCode(text: string, place: HeadingPlace, last: boolean): string {
  let out = text
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(UNSAFE_LINK, '\\](')
    .replace(/(?<!\\)!\[/g, '\\![');
  if (place === 'link-text') {
    out = out.replace(BRACKET, (match) => (match.length === 2 ? match : `\\${match}`));
    // A backslash left alone at the end would escape the link's closing bracket.
    if (last && /(?:^|[^\\])(?:\\\\)*\\$/.test(out)) out += '\\';
  }
  return out;
}

const BLOCK_MARK = /^([ \t]*)(#{1,6}|[>+*-]|\d{1,9}[.)])(?=[ \t]|$)/;

/** The editor's heading, written for where the template puts it (see above). */
export function escapeEditorHeading(text: string, place: HeadingPlace): string {
  const line = singleLine(text);
  const pieces = codeSpans(line);
  if (place === 'link-text' && pieces.some((p) => p.code && /[[\]]/.test(p.text)))
    return escapeLinkText(text);
  let out = pieces
    .map((piece, i) =>
      piece.code ? piece.text : outsideCode(piece.text, place, i === pieces.length - 1),
    )
    .join('');
  if (place === 'heading' && !pieces.at(-1)?.code)
    out = out.replace(/(^|[ \t])#(#*[ \t]*)$/, '$1&#35;$2');
  if (place === 'inline')
    out = out
      .replace(BLOCK_MARK, (_, space: string, mark: string) => {
        return `${space}&#${mark.charCodeAt(0)};${mark.slice(1)}`;
      })
      .replace(/^([ \t]*)\[(?=[^\]]*\]:)/, '$1\\[');
  return out;
}
