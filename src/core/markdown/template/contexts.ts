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
 * How a value is made safe where the template puts it. Page text can never leave its
 * context: link text cannot close its link, an attribute cannot close its quote, a title
 * cannot start a block. What text each context may match when reading is `program.ts` and
 * `steps.ts`, and how matched text decodes is `decode.ts`: only reading needs the HTML
 * entity tables, and rendering loads without them.
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
