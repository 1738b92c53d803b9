import { decodeHTML, decodeHTMLAttribute, decodeHTMLStrict } from 'entities';
import type { Context } from './template';

// In one pass, as CommonMark reads them: a backslash escape of ASCII punctuation (so `\&amp;`
// is the text `&amp;`), and complete character references, with CommonMark's digit limits.
const MARKDOWN =
  /\\([!-/:-@[-`{-~])|&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|[A-Za-z][A-Za-z0-9]{1,31});/g;

function codePoint(code: number): string {
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return String.fromCodePoint(valid ? code : 0xfffd);
}

/**
 * Markdown text as the reader sees it: escapes and character references decoded (`&copy
 * 2024` stays as it is, unlike in HTML).
 */
export function decodeMarkdown(text: string): string {
  return text.replace(MARKDOWN, (whole, escaped?: string, decimal?: string, hex?: string) => {
    if (escaped !== undefined) return escaped;
    if (decimal !== undefined) return codePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return codePoint(Number.parseInt(hex, 16));
    return decodeHTMLStrict(whole);
  });
}

/** Markdown text decoded outside its code spans, whose backslashes and `&` are literal. */
function decodeOutsideCode(text: string): string {
  if (!text.includes('`')) return decodeMarkdown(text);
  let out = '';
  let from = 0;
  for (const span of text.matchAll(/(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g)) {
    out += decodeMarkdown(text.slice(from, span.index)) + span[0];
    from = span.index + span[0].length;
  }
  return out + decodeMarkdown(text.slice(from));
}

/** What the matched text says, as the reader of the rendered page would see it. */
export function decodeFor(context: Context, text: string): string {
  switch (context) {
    case 'block':
    case 'raw':
    case 'yaml':
      return text;
    case 'url-attr':
    case 'url-attr-single':
    case 'attr':
    case 'attr-single':
      return decodeHTMLAttribute(text);
    case 'refused':
      return '';
    case 'html':
      return decodeHTML(text);
    case 'url-dest':
      return decodeMarkdown(text.replace(/^<|>$/g, ''));
    case 'url-bare':
      return text;
    case 'yaml-quoted':
      return text.replace(/\\(.)/g, '$1');
    case 'heading':
      return decodeOutsideCode(text.replace(/[ \t]+#+[ \t]*$/, ''));
    default:
      return decodeOutsideCode(text);
  }
}
