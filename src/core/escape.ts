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

/** Text inside `[...]` of a Markdown link: brackets and backslashes must not end it early. */
export function escapeLinkText(text: string): string {
  return escapeText(text.replace(/[\\[\]]/g, (c) => `\\${c}`));
}

const SAFE_SCHEME = /^https?:\/\//i;

/**
 * A URL that may appear as an `href` or a Markdown link destination, or null for anything
 * that is not an absolute http(s) URL (`javascript:`, `data:`, relative paths).
 * Characters that could end the attribute or the destination are percent-encoded, which
 * leaves the URL pointing at the same resource.
 */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  if (!SAFE_SCHEME.test(trimmed) || !URL.canParse(trimmed)) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must be encoded.
  return trimmed.replace(/[\u0000-\u0020"'<>`()\\\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x80
      ? `%${code.toString(16).toUpperCase().padStart(2, '0')}`
      : encodeURIComponent(c);
  });
}
