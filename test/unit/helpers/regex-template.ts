import { decodeFor } from '../../../src/core/markdown/template/decode';
import type {
  Context,
  Part,
  Template,
  TemplateBlock,
} from '../../../src/core/markdown/template/template';

/**
 * How templates were matched before the engine had scanners of its own: each template
 * compiled to one regular expression. Kept in the tests as the reference the scanners must
 * agree with, on inputs short enough for the regex engine's backtracking to finish.
 */

const LINK_TEXT = String.raw`(?:[^\[\]\\\n]|\\.|\[(?:[^\[\]\\\n]|\\.)*\])*`;
const QUOTED = String.raw`(?:[^"\\\n]|\\.)*`;
const DESTINATION = String.raw`<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))+`;

function patternFor(context: Context, name: string, last: boolean): string {
  if (name === 'prefix') return String.raw`(?:\[[^\[\]\n]*\] )*`;
  switch (context) {
    case 'block':
      return String.raw`[\s\S]+?`;
    case 'url-attr':
    case 'attr':
      return '[^"\\n]*';
    case 'url-attr-single':
    case 'attr-single':
      return "[^'\\n]*";
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

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
type Captures = { name: string; context: Context }[];

function partsPattern(parts: Part[], captures: Captures, lastLine: boolean): string {
  return parts
    .map((part, index) => {
      if (part.kind === 'text') return escapeRegex(part.text);
      if (part.kind === 'group') return `(?:${partsPattern(part.parts, captures, false)})?`;
      captures.push({ name: part.name, context: part.context });
      return `(${patternFor(part.context, part.name, lastLine && index === parts.length - 1)})`;
    })
    .join('');
}

function optional(block: TemplateBlock): boolean {
  if (block.free) return true;
  const literal = block.lines
    .flat()
    .map((p) => (p.kind === 'text' ? p.text : ''))
    .join('');
  const hasVar = block.lines.flat().some((p) => p.kind !== 'text');
  return hasVar && !/[\p{L}\p{N}]/u.test(literal);
}

function compile(template: Template, lowestLevel: number) {
  const captures: Captures = [];
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

/** The regex reading of `text` by `template`, as matchTemplate used to return it. */
export function regexMatch(
  template: Template,
  text: string,
  lowestLevel = (template.headingLevel ?? 1) - 1,
): Record<string, string> | null {
  const compiled = compile(template, Math.max(1, lowestLevel));
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
