import { HTML_ATTRIBUTE_REFERENCE, MARKDOWN_REFERENCE } from './references';
import { parseUrl } from './url';

/**
 * A clip's URL written where a template puts it: an HTML attribute, a Markdown link
 * destination, or a line of its own that the site turns into a link (Zenn's cards). Each
 * keeps the URL the reader there finds equal to the clip's, as a browser compares them
 * (`new URL(…).href`), except for these deliberate encodings, each needed to keep the URL
 * in one piece:
 * - everywhere: white space, controls, `"`, `<`, `>` become `%XX` (as a browser does too);
 * - in a destination and a bare URL: `'`, `` ` `` and `\` too, and a `(` or `)` without
 *   its partner (CommonMark ends a destination there; linkify ends the link);
 * - in a bare URL: `[`, `]`, `{`, `}`, `|`, `^` and punctuation, symbols and spaces other
 *   than ASCII; where linkify would end the link, a `?` right after a `?`, a run of dots
 *   not followed by a letter, digit, `%`, `/` or `&`, and a trailing run of `.` `,` `;` `!`
 *   `?` `'` `*`; and the `;` that would close a character reference (`&lt;`), since
 *   engines differ on whether they decode one in a bare URL.
 * Anything that is not an absolute http(s) URL (`javascript:`, `data:`, relative paths)
 * gives null.
 */

const SAFE_SCHEME = /^https?:\/\//i;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// In a double-quoted attribute only `"`, `<`/`>` and line structure need encoding; `'`, `(`
// and `)` stay raw so that `https://en.wikipedia.org/wiki/Foo_(bar)` comes back from the
// importer unchanged. A Markdown destination also needs quotes, backslashes and backticks
// (a code span in the link text could otherwise pair with one in the URL).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must be encoded.
const ATTRIBUTE_UNSAFE = /[\u0000-\u0020"<>\u007f-\u009f\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must be encoded.
const DESTINATION_UNSAFE = /[\u0000-\u0020"'<>`\\\u007f-\u009f\u2028\u2029]/g;
// On a line of its own a URL is Markdown text: brackets could open a link or an image of
// the page's choosing for an engine without linkify, and linkify ends a link at the rest.
const BARE_UNSAFE = /[[\]{}|^]|[^\p{L}\p{M}\p{N}\p{Cc}\x20-\x7e]/gu;
// Where linkify ends a link: at a `?` right after another, at a run of dots not followed
// by a letter, digit, `%`, `/` or `&`, and at these characters when they end the URL.
const BARE_QUESTION = /(?<=\?)\?/g;
const BARE_DOTS = /\.{2,}(?![A-Za-z0-9%/&])/g;
const BARE_TRAILING = /[.,;!?'*]+$/;
// The `;` closing `&name`, `&#123` or `&#x7B`.
const REFERENCE_END = /(&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*));/g;

function percentEncode(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x80
    ? `%${code.toString(16).toUpperCase().padStart(2, '0')}`
    : encodeURIComponent(c);
}

/** Encodes each `(` and `)` that has no partner, which would end a destination or a link. */
function balanceParentheses(text: string): string {
  const open: number[] = [];
  const lone = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.pop() === undefined) lone.add(i);
  }
  for (const i of open) lone.add(i);
  if (lone.size === 0) return text;
  let out = '';
  for (let i = 0; i < text.length; i++)
    out += lone.has(i) ? percentEncode(text[i] as string) : (text[i] as string);
  return out;
}

// `new URL` rather than `URL.canParse`: Node 20's optimised canParse answers false for
// some valid non-ASCII URLs once it has run a few thousand times, which dropped links
// from long issues rendered by the command line.
function checked(url: string): string | null {
  const trimmed = url.trim().replace(LONE_SURROGATE, '\ufffd');
  return SAFE_SCHEME.test(trimmed) && parseUrl(trimmed) !== null ? trimmed : null;
}

/**
 * A URL for an `href` attribute (the browser decodes references there): characters that
 * could end the attribute are percent-encoded and an `&` that would start a reference
 * becomes `&amp;`.
 */
export function safeHref(url: string): string | null {
  const href = checked(url);
  if (href === null) return null;
  return href.replace(ATTRIBUTE_UNSAFE, percentEncode).replace(HTML_ATTRIBUTE_REFERENCE, '&amp;');
}

/** The same for a Markdown link destination `(...)`, which Markdown decodes. */
export function safeDestination(url: string): string | null {
  const href = checked(url);
  if (href === null) return null;
  return balanceParentheses(href.replace(DESTINATION_UNSAFE, percentEncode)).replace(
    MARKDOWN_REFERENCE,
    '&amp;',
  );
}

/**
 * A URL alone on its line, which linkify (Zenn's renderer, GitHub) makes a link. Nothing
 * here is decoded: markdown-it's linkify takes the URL from the source as written, so an
 * `&amp;` would reach the link as five characters.
 */
export function safeBareUrl(url: string): string | null {
  const href = checked(url);
  if (href === null) return null;
  const origin = /^https?:\/\/[^/?#]*/i.exec(href)?.[0] ?? '';
  let rest = href
    .slice(origin.length)
    .replace(DESTINATION_UNSAFE, percentEncode)
    .replace(BARE_UNSAFE, percentEncode)
    .replace(REFERENCE_END, '$1%3B');
  const encodeAll = (run: string) => [...run].map(percentEncode).join('');
  rest = balanceParentheses(rest)
    .replace(BARE_QUESTION, percentEncode)
    .replace(BARE_DOTS, encodeAll)
    .replace(BARE_TRAILING, encodeAll);
  return origin + rest;
}
