/**
 * Where an `&` would be read as the start of a character reference, which is what decides
 * whether it must be written `&amp;`. Markdown and HTML read references differently, so
 * each place a value can stand uses the rule of the reader there:
 *
 * - Markdown (CommonMark, and the Python-Markdown, kramdown and marked engines the digests
 *   publish with) reads only a complete reference: `&name;`, `&#123;` or `&#x7B;`. So
 *   `?a=1&per_page=100`, `AT&T` and `&copy 2024` are plain text there. Any `&name;` is
 *   escaped, whether or not `name` is in the entity list: an unknown name reads the same
 *   either way, and rendering stays free of the entity tables (decode.ts loads them).
 * - HTML text (an HTML block, which the browser parses) also decodes a numeric reference
 *   without its `;` and the 106 legacy names without theirs, even inside a longer word
 *   (`&copy 2024` shows `© 2024`, `&notes` shows `¬es`).
 * - An HTML attribute decodes the same, except that a legacy name followed by a letter, a
 *   digit or `=` stays as it is, so `?a=1&copy=2` keeps its `&`, but `&para_x` does not.
 */

// The HTML named references that are also read without a `;` (WHATWG HTML, "named
// character references"); none is a prefix of another.
const LEGACY = [
  'AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT',
  'Iacute Icirc Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN',
  'Uacute Ucirc Ugrave Uuml Yacute aacute acirc acute aelig agrave amp aring atilde auml brvbar',
  'ccedil cedil cent copy curren deg divide eacute ecirc egrave eth euml frac12 frac14 frac34 gt',
  'iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde oacute ocirc',
  'ograve ordf ordm oslash otilde ouml para plusmn pound quot raquo reg sect shy sup1 sup2 sup3',
  'szlig thorn times uacute ucirc ugrave uml uuml yacute yen yuml',
]
  .join(' ')
  .split(' ')
  .join('|');

/** A complete reference, as Markdown reads it: the `&` is at the match's start. */
export const MARKDOWN_REFERENCE = /&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)/g;

/** A reference as the browser reads it in text. */
export const HTML_TEXT_REFERENCE = new RegExp(
  `&(?=#[0-9]|#[xX][0-9a-fA-F]|[A-Za-z][A-Za-z0-9]*;|(?:${LEGACY}))`,
  'g',
);

/** A reference as the browser reads it in an attribute value. */
export const HTML_ATTRIBUTE_REFERENCE = new RegExp(
  `&(?=#[0-9]|#[xX][0-9a-fA-F]|[A-Za-z][A-Za-z0-9]*;|(?:${LEGACY})(?![A-Za-z0-9=]))`,
  'g',
);
