import { decodeHTML, decodeHTMLAttribute } from 'entities';
import type { Context } from './template';

// A Markdown backslash escape of ASCII punctuation, as CommonMark reads it.
const BACKSLASH = /\\([!-/:-@[-`{-~])/g;
const unbackslash = (text: string) => text.replace(BACKSLASH, '$1');

/** What the matched text says, as the reader of the rendered page would see it. */
export function decodeFor(context: Context, text: string): string {
  switch (context) {
    case 'block':
    case 'raw':
    case 'yaml':
      return text;
    case 'url-attr':
      return decodeHTMLAttribute(text);
    case 'attr':
    case 'html':
      return decodeHTML(text);
    case 'url-dest':
      return decodeHTML(unbackslash(text.replace(/^<|>$/g, '')));
    case 'url-bare':
      return text;
    case 'yaml-quoted':
      return text.replace(/\\(.)/g, '$1');
    case 'heading':
      return decodeHTML(unbackslash(text.replace(/[ \t]+#+[ \t]*$/, '')));
    default:
      return decodeHTML(unbackslash(text));
  }
}
