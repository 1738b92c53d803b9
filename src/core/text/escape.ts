import { HTML_TEXT_REFERENCE, MARKDOWN_REFERENCE } from './references';

export { safeBareUrl, safeDestination, safeHref } from './url-escape';

/**
 * The minimal escaping for text that comes from web pages (titles, descriptions, URLs).
 *
 * Real digests write card text raw: `&`, `"` and brackets appear unescaped and must
 * round-trip byte for byte. So only what can start markup is touched:
 * - `<` could open a tag (`</a><script>`) or an autolink (`<javascript:x>`): `&lt;`.
 * - `&` where the reader would take it for a character reference (a title `&lt;b&gt;`
 *   would display as `<b>`): `&amp;`. Markdown and HTML read references differently
 *   (references.ts); a lone `&`, `AT&T` or `?a=1&per_page=2` stays in Markdown.
 * - `](` closes Markdown link text and opens a destination (`evil) [pwn](javascript:x)`,
 *   `![img](remote)`): `]` becomes `&#93;`, which both HTML and CommonMark read as a
 *   literal bracket and which CommonMark never treats as link syntax.
 * Where Markdown reads the text as inline content (item headings, the embedly link card,
 * Markdown link text), `` ` `` `*` `_` `~` and `\` would also open code spans, emphasis,
 * strikethrough or escapes, and a trailing ` ##` would close a heading: see escapeInline.
 * Newlines and control characters would let a title start a new block (`\n## pwn`), so
 * single-line fields fold them into spaces.
 */

// C0/C1 controls, DEL, and the Unicode line/paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Folds a field that must stay on one line; lone surrogates become U+FFFD. */
export function singleLine(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').replace(CONTROLS, ' ');
}

function neutral(text: string, references: RegExp): string {
  return singleLine(text)
    .replace(references, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\](?=\s*\()/g, '&#93;');
}

/** Text inside HTML elements, which the browser reads (an HTML block). */
export function escapeText(text: string): string {
  return neutral(text, HTML_TEXT_REFERENCE);
}

// Characters that open Markdown inline markup: emphasis (`*`, `_`), strikethrough (`~`),
// code spans (a backtick) and backslash escapes. They are written as numeric references,
// which CommonMark reads as literal characters and never as delimiters, and which the
// importer's decodeHTML already reverses. `_` between letters or digits cannot delimit
// (CommonMark's flanking rules), so `snake_case` stays as it is; a backslash matters only
// before ASCII punctuation, including the `&` of the references above, or at the end
// (where link text's closing `]` follows).
const INLINE_MARKUP = /[`*~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|\\(?=[!-/:-@[-`{-~]|$)/gu;

/**
 * Text that a Markdown engine reads as inline content: an item heading, and the embedly
 * link card, which is a paragraph (an `<a>` line followed by text is not an HTML block).
 */
export function escapeInline(text: string): string {
  return neutral(text, MARKDOWN_REFERENCE).replace(INLINE_MARKUP, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The text of an ATX heading: also keeps a trailing run of `#` from being read as the
 * optional closing sequence (`### Issue #12 ##` would show `Issue #12`).
 */
export function escapeHeading(text: string): string {
  return escapeInline(text).replace(/(^|[ \t])#(#*[ \t]*)$/, '$1&#35;$2');
}

/**
 * Text inside `[...]` of a Markdown link: brackets must not end it early. Escaping the
 * brackets last keeps a backslash escape from swallowing a reference (`\&#93;`).
 */
export function escapeLinkText(text: string): string {
  return escapeInline(text).replace(/[[\]]/g, (c) => `\\${c}`);
}
