import { escapeEditorHeading } from '../../text/editor-markdown';
import {
  escapeHeading,
  escapeInline,
  escapeLinkText,
  escapeText,
  safeBareUrl,
  safeDestination,
  safeHref,
  singleLine,
} from '../../text/escape';
import type { Context } from './template';

/**
 * Each placeholder context's two directions: how a value is made safe where the template
 * puts it, and what text it may match (and how that text decodes) when reading. Page text
 * can never leave its context: link text cannot close its link, an attribute cannot close
 * its quote, a title cannot start a block. How matched text decodes is `decode.ts`: only
 * reading needs the HTML entity tables, and rendering loads without them.
 */

function yamlQuoted(text: string): string {
  return singleLine(text).replace(/[\\"]/g, (c) => `\\${c}`);
}

/** A plain YAML scalar when it reads back as the same string, else a quoted one. */
function yamlPlain(text: string): string {
  const line = singleLine(text);
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^#]*$/.test(line) && !/:\s|\s$/.test(line);
  return plain ? line : `"${yamlQuoted(line)}"`;
}

/**
 * Escapes a value for its context; URLs return '' when unusable. A `markdown` value is the
 * editor's own Markdown (their heading), which Markdown contexts write as typed, escaping
 * only what would break out (text/editor-markdown.ts); elsewhere it is text like any other.
 */
export function escapeFor(context: Context, value: string, markdown = false): string {
  switch (context) {
    case 'block':
    case 'raw':
      return value;
    case 'heading':
      return markdown ? escapeEditorHeading(value, 'heading') : escapeHeading(value);
    case 'inline':
      return markdown ? escapeEditorHeading(value, 'inline') : escapeInline(value);
    case 'html':
      return escapeText(value);
    case 'link-text':
      return markdown ? escapeEditorHeading(value, 'link-text') : escapeLinkText(value);
    case 'link-title':
      return escapeInline(value).replace(/"/g, '\\"');
    case 'attr':
      return escapeText(value).replace(/"/g, '&quot;');
    case 'attr-single':
      return escapeText(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    case 'url-attr':
      return safeHref(value) ?? '';
    case 'url-attr-single':
      return safeHref(value)?.replace(/'/g, '%27') ?? '';
    case 'refused':
      return '';
    case 'url-dest':
      return safeDestination(value) ?? '';
    case 'url-bare':
      return safeBareUrl(value) ?? '';
    case 'yaml':
      return yamlPlain(value);
    case 'yaml-quoted':
      return yamlQuoted(value);
  }
}

const LINK_TEXT = String.raw`(?:[^\[\]\\\n]|\\.|\[(?:[^\[\]\\\n]|\\.)*\])*`;
const QUOTED = String.raw`(?:[^"\\\n]|\\.)*`;
const DESTINATION = String.raw`<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))+`;

/** The pattern a placeholder matches when reading; `last` lets raw text run on across lines. */
export function patternFor(context: Context, name: string, last: boolean): string {
  if (name === 'prefix') return String.raw`(?:\[[^\[\]\n]*\] )*`;
  switch (context) {
    case 'block':
      return String.raw`[\s\S]+?`;
    case 'url-attr':
    case 'attr':
      return '[^"\\n]*';
    case 'url-dest':
      return DESTINATION;
    case 'url-bare':
      return String.raw`https?:\/\/[^\s<>]+`;
    case 'link-text':
      return LINK_TEXT;
    case 'link-title':
    case 'yaml-quoted':
      return QUOTED;
    case 'raw':
      return last ? String.raw`[\s\S]*?` : '.*?';
    default:
      return '.*?';
  }
}
