import {
  anyText,
  attribute,
  bareUrl,
  hashes,
  lineText,
  literal,
  type Step,
  singleQuoted,
  someText,
} from './steps';
import type { Context, Part, Template, TemplateBlock } from './template';
import { blankLines, destination, linkText, prefix, quoted } from './token-steps';

/**
 * A template as the sequence of steps that read it (steps.ts): literals, placeholders, the
 * blank lines between blocks, and optional parts (a `{#group}`, a block that may be left
 * out). The order and choices are those of the regular expression each template used to
 * be, so the same text reads to the same values.
 */

export type Node =
  | { kind: 'step'; step: Step; capture?: number }
  | { kind: 'optional'; body: Node[]; empty: boolean; leftOutFirst?: boolean };

export interface Program {
  nodes: Node[];
  /** The placeholders, in the order of their nodes' `capture` indexes. */
  captures: { name: string; context: Context }[];
  /** Steps in all, nested ones included: what one reading costs per character. */
  size: number;
  /** Literals every match holds in this order, for turning most texts away at once. */
  required: string[];
}

/** What a placeholder may hold where it stands; `last` lets raw text run on across lines. */
function stepFor(context: Context, name: string, last: boolean): Step {
  if (name === 'prefix') return prefix;
  switch (context) {
    case 'block':
      return someText;
    case 'url-attr':
    case 'attr':
      return attribute;
    case 'url-attr-single':
    case 'attr-single':
      return singleQuoted;
    case 'url-dest':
      return destination;
    case 'url-bare':
      return bareUrl;
    case 'link-text':
      return linkText;
    case 'link-title':
    case 'yaml-quoted':
      return quoted;
    case 'raw':
      return last ? anyText : lineText;
    default:
      return lineText;
  }
}

const step = (s: Step): Node => ({ kind: 'step', step: s });

function optionalNode(body: Node[]): Node {
  const empty = body.every((node) => node.kind === 'optional' || node.step.empty);
  return { kind: 'optional', body, empty };
}

function partsNodes(parts: Part[], captures: Program['captures'], lastLine: boolean): Node[] {
  return parts.map((part, index) => {
    if (part.kind === 'text') return step(literal(part.text));
    if (part.kind === 'group') return optionalNode(partsNodes(part.parts, captures, false));
    const capture = captures.push({ name: part.name, context: part.context }) - 1;
    const last = lastLine && index === parts.length - 1;
    return { kind: 'step', step: stepFor(part.context, part.name, last), capture };
  });
}

/** A block whose placeholders may all be empty is left out when writing, so it may be absent. */
function optional(block: TemplateBlock): boolean {
  if (block.free) return true;
  const literalText = block.lines
    .flat()
    .map((p) => (p.kind === 'text' ? p.text : ''))
    .join('');
  const hasVar = block.lines.flat().some((p) => p.kind !== 'text');
  return hasVar && !/[\p{L}\p{N}]/u.test(literalText);
}

/** The heading's marks of the first line as a step that also takes `lowest` of them. */
function headingMarks(body: Node[], part: Part | undefined, lowest: number, level: number) {
  if (part?.kind !== 'text') return;
  const marks = /^#+/.exec(part.text)?.[0].length ?? 0;
  if (marks === 0) return;
  const rest = part.text.slice(marks);
  body.splice(0, 1, step(hashes(Math.min(lowest, level), level)));
  if (rest) body.splice(1, 0, step(literal(rest)));
}

function count(nodes: Node[]): number {
  return nodes.reduce((sum, node) => sum + (node.kind === 'step' ? 1 : count(node.body) + 1), 0);
}

export function compileProgram(template: Template, lowestLevel: number): Program {
  const captures: Program['captures'] = [];
  const nodes: Node[] = [];
  template.blocks.forEach((block, index) => {
    const body: Node[] = [];
    block.lines.forEach((line, n) => {
      if (n > 0) body.push(step(literal('\n')));
      body.push(...partsNodes(line, captures, n === block.lines.length - 1));
    });
    if (index === 0) {
      if (template.headingLevel)
        headingMarks(body, block.lines[0]?.[0], lowestLevel, template.headingLevel);
      nodes.push(...body);
      return;
    }
    const previous = template.blocks[index - 1]?.lines.at(-1);
    const afterHeading = previous?.[0]?.kind === 'text' && /^#{1,6}[ \t]/.test(previous[0].text);
    const separator = [step(literal('\n')), step(blankLines(afterHeading ? 0 : 1))];
    // Text above an item's card is read only when the card does not come first: otherwise
    // a second card, in the comment, would be taken for the item's and the first for text.
    const lead = block.lines.flat().some((p) => p.kind !== 'text' && p.name === 'lead');
    if (optional(block))
      nodes.push({ ...optionalNode([...separator, ...body]), ...(lead && { leftOutFirst: true }) });
    else nodes.push(...separator, ...body);
  });
  const required = nodes.flatMap((node) =>
    node.kind === 'step' && node.step.text !== undefined ? [node.step.text] : [],
  );
  return { nodes, captures, size: count(nodes), required };
}
