import { escapeFor } from './contexts';
import type { Part, Template, TemplateBlock } from './template';

/** Values by placeholder name, as plain text; escaping happens here, by context. */
export type Values = Readonly<Record<string, string | undefined>>;
/** Names whose value is the editor's own Markdown, not text (the editor's heading). */
export type MarkdownNames = ReadonlySet<string>;
const NONE: MarkdownNames = new Set();

// Stands in for a URL that may not be written, so that its link can be taken apart after.
const NO_URL = '\uE000no-url\uE000';

function fillParts(
  parts: Part[],
  values: Values,
  markdown: MarkdownNames,
): { text: string; used: number; filled: number } {
  let text = '';
  let used = 0;
  let filled = 0;
  for (const part of parts) {
    if (part.kind === 'text') text += part.text;
    else if (part.kind === 'group') {
      if (!values[part.name]) continue;
      const inner = fillParts(part.parts, values, markdown);
      text += inner.text;
      used += inner.used;
      filled += inner.filled;
    } else {
      used++;
      const raw = values[part.name] ?? '';
      let value = raw === '' ? '' : escapeFor(part.context, raw, markdown.has(part.name));
      if (part.lineStart && part.context === 'inline') value = inertStart(value);
      if (part.name === 'url' && value === '') value = NO_URL;
      else if (value !== '') filled++;
      text += value;
    }
  }
  return { text, used, filled };
}

// What would start a block at the front of a line: without its link's brackets, a title
// such as `## x` or `> x` must stay text.
const BLOCK_START = /^[ \t]*(?:[#>+\-*=~`|]|\d{1,9}[.)])/;

/** Text at the start of a line, as the line's first mark: it must not open a block. */
function inertStart(text: string): string {
  if (!BLOCK_START.test(text) && !/^[ \t]*\[/.test(text)) return text;
  const at = text.length - text.trimStart().length;
  return `${text.slice(0, at)}&#${text.charCodeAt(at)};${text.slice(at + 1)}`;
}

/** A link whose URL may not be written keeps its text; a card or URL line goes. */
function withoutMissingUrl(line: string): string | null {
  if (!line.includes(NO_URL)) return line;
  const unlinked = line.replace(
    /\[((?:[^\]\\]|\\.)*)\]\(\uE000no-url\uE000(?:\s+"(?:[^"\\]|\\.)*")?\)/g,
    (_link, text: string) => {
      if (!BLOCK_START.test(text)) return text;
      const at = text.length - text.trimStart().length;
      return `${text.slice(0, at)}&#${text.charCodeAt(at)};${text.slice(at + 1)}`;
    },
  );
  if (unlinked.includes(NO_URL)) return null;
  // Out of its brackets, a title ending in ` #` would close the heading it now stands in.
  return /^#{1,6}[ \t]/.test(unlinked)
    ? unlinked.replace(/([ \t])#(#*[ \t]*)$/, '$1&#35;$2')
    : unlinked;
}

function fillBlock(block: TemplateBlock, values: Values, markdown: MarkdownNames): string | null {
  const lines: string[] = [];
  let used = 0;
  let filled = 0;
  let literal = '';
  for (const parts of block.lines) {
    const result = fillParts(parts, values, markdown);
    used += result.used;
    filled += result.filled;
    literal += parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
    const line = withoutMissingUrl(result.text);
    if (line !== null) lines.push(line);
  }
  // A paragraph of placeholders that all came out empty (with nothing but punctuation of its
  // own) would leave a stray `>` or blank lines; it is left out.
  if (used > 0 && filled === 0 && !/[\p{L}\p{N}]/u.test(literal)) return null;
  if (lines.length === 0) return null;
  const text = lines
    .join('\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .replace(/\n+$/, '');
  return text.trim() === '' ? null : text;
}

/** Writes a template with its values; the result has no trailing newline. */
export function fillTemplate(
  template: Template,
  values: Values,
  markdown: MarkdownNames = NONE,
): string {
  const out: string[] = [];
  for (const block of template.blocks) {
    const text = fillBlock(block, values, markdown);
    if (text !== null) out.push(text);
  }
  return out.join('\n\n');
}
