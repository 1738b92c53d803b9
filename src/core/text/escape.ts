/**
 * The minimal escaping for text that comes from web pages (titles, descriptions, URLs).
 *
 * Real digests write card text raw: `&`, `"` and brackets appear unescaped and must
 * round-trip byte for byte. So only what can start markup is touched:
 * - `<` could open a tag (`</a><script>`) or an autolink (`<javascript:x>`): `&lt;`.
 * - `&` followed by a name or `#` could form a character reference that the browser
 *   decodes (a title `&lt;b&gt;` would display as `<b>`): `&amp;`. A lone `&` stays.
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

/** Text inside HTML elements or Markdown inline content. */
export function escapeText(text: string): string {
  return singleLine(text)
    .replace(/&(?=[A-Za-z0-9#])/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\](?=\s*\()/g, '&#93;');
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
  return escapeText(text).replace(INLINE_MARKUP, (c) => `&#${c.charCodeAt(0)};`);
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

const SAFE_SCHEME = /^https?:\/\//i;

// In a double-quoted attribute only `"`, `<`/`>` and line structure need encoding; `'`, `(`
// and `)` stay raw so that `https://en.wikipedia.org/wiki/Foo_(bar)` comes back from the
// importer unchanged. A Markdown destination also needs parentheses, quotes, backslashes
// and backticks (a code span in the link text could otherwise pair with one in the URL).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must be encoded.
const ATTRIBUTE_UNSAFE = /[\u0000-\u0020"<>\u007f-\u009f\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must be encoded.
const DESTINATION_UNSAFE = /[\u0000-\u0020"'<>`()\\\u007f-\u009f\u2028\u2029]/g;

// An `&` that a browser (in an attribute) or CommonMark (in a destination) would decode as
// a character reference: before `#`, or before a name not followed by `=` or more name
// (`&lt;`, `&copy#top`). `?a=1&b=2` keeps its raw `&`, as real digests write it.
const AMPERSAND_REFERENCE = /&(?=#|[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9=]))/g;

function percentEncode(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x80
    ? `%${code.toString(16).toUpperCase().padStart(2, '0')}`
    : encodeURIComponent(c);
}

function encodeUrl(url: string, unsafe: RegExp): string | null {
  const trimmed = url.trim();
  if (!SAFE_SCHEME.test(trimmed) || !URL.canParse(trimmed)) return null;
  return trimmed.replace(unsafe, percentEncode).replace(AMPERSAND_REFERENCE, '&amp;');
}

/**
 * A URL for a double-quoted `href` attribute, or null for anything that is not an absolute
 * http(s) URL (`javascript:`, `data:`, relative paths). Characters that could end the
 * attribute are percent-encoded and an `&` that would start a character reference becomes
 * `&amp;`, which leaves the URL pointing at the same resource.
 */
export function safeHref(url: string): string | null {
  return encodeUrl(url, ATTRIBUTE_UNSAFE);
}

/** The same for a Markdown link destination `(...)`. */
export function safeDestination(url: string): string | null {
  return encodeUrl(url, DESTINATION_UNSAFE);
}
