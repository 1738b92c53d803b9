import { escapeRegex } from '../document/text';
import { patternFor } from './contexts';
import { decodeFor } from './decode';
import type { Context, Part, Template, TemplateBlock } from './template';

interface Compiled {
  regex: RegExp;
  captures: { name: string; context: Context }[];
}

const cache = new WeakMap<Template, Map<string, Compiled>>();

function partsPattern(parts: Part[], captures: Compiled['captures'], lastLine: boolean): string {
  return parts
    .map((part, index) => {
      if (part.kind === 'text') return escapeRegex(part.text);
      if (part.kind === 'group') return `(?:${partsPattern(part.parts, captures, false)})?`;
      captures.push({ name: part.name, context: part.context });
      return `(${patternFor(part.context, part.name, lastLine && index === parts.length - 1)})`;
    })
    .join('');
}

/** A block whose placeholders may all be empty is left out when writing, so it may be absent. */
function optional(block: TemplateBlock): boolean {
  if (block.free) return true;
  const literal = block.lines
    .flat()
    .map((p) => (p.kind === 'text' ? p.text : ''))
    .join('');
  const hasVar = block.lines.flat().some((p) => p.kind !== 'text');
  return hasVar && !/[\p{L}\p{N}]/u.test(literal);
}

function compile(template: Template, lowestLevel: number): Compiled {
  const captures: Compiled['captures'] = [];
  let pattern = '';
  template.blocks.forEach((block, index) => {
    let body = block.lines
      .map((line, n) => partsPattern(line, captures, n === block.lines.length - 1))
      .join('\\n');
    if (index === 0 && template.headingLevel) {
      const level = template.headingLevel;
      body = body.replace(/^(?:\\#|#)+/, `#{${Math.min(lowestLevel, level)},${level}}`);
    }
    if (index === 0) {
      pattern = body;
      return;
    }
    const previous = template.blocks[index - 1]?.lines.at(-1);
    const afterHeading = previous?.[0]?.kind === 'text' && /^#{1,6}[ \t]/.test(previous[0].text);
    const separator = afterHeading ? '\\n(?:[ \\t]*\\n)*' : '\\n(?:[ \\t]*\\n)+';
    pattern += optional(block) ? `(?:${separator}${body})?` : `${separator}${body}`;
  });
  return { regex: new RegExp(`^${pattern}$`, 'u'), captures };
}

// Past this an item is taken as text: the patterns stay linear for any real item, and a
// hostile megabyte line must not make reading slow.
const MAX_ITEM = 200_000;

/**
 * Reads one item (its lines joined with `\n`, no trailing blank lines) by a template.
 * Returns the values, decoded, or null when the text is not of this shape. A heading
 * template also matches one level higher (a `##` item written where `###` is usual).
 */
export function matchTemplate(
  template: Template,
  text: string,
  lowestLevel = (template.headingLevel ?? 1) - 1,
): Record<string, string> | null {
  if (text.length > MAX_ITEM) return null;
  const key = String(lowestLevel);
  const byLevel = cache.get(template) ?? new Map<string, Compiled>();
  cache.set(template, byLevel);
  const compiled = byLevel.get(key) ?? compile(template, Math.max(1, lowestLevel));
  byLevel.set(key, compiled);
  const match = compiled.regex.exec(text);
  if (!match) return null;
  const values: Record<string, string> = {};
  compiled.captures.forEach((capture, index) => {
    const raw = match[index + 1];
    if (raw === undefined || Object.hasOwn(values, capture.name)) return;
    values[capture.name] = decodeFor(capture.context, raw);
  });
  return values;
}
