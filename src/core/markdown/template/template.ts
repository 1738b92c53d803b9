/**
 * House-style templates: text with `{name}` placeholders and optional groups
 * `{#name}…{/name}` (written only when `name` has a value). The same compiled template
 * writes an item and reads one back, which is what makes the importer the renderer run
 * backwards. Where a placeholder stands decides both how its value is escaped on the way
 * out (see contexts.ts) and what text it may match on the way in.
 */

import { MARK, type Spot, spotOf } from './placement';
import { LINK_TAIL, LINK_TEXT } from './sentence';

export type Context =
  | 'block'
  | 'raw'
  | 'heading'
  | 'inline'
  | 'html'
  | 'link-text'
  | 'link-title'
  | 'attr'
  | 'attr-single'
  | 'url-attr'
  | 'url-attr-single'
  | 'url-dest'
  | 'url-bare'
  | 'yaml'
  | 'yaml-quoted'
  /** A place no escaping makes safe (placement.ts): the style is refused when loaded. */
  | 'refused';

export type Part =
  | { kind: 'text'; text: string }
  | {
      kind: 'var';
      name: string;
      context: Context;
      refused?: string;
      /** Nothing but white space before it on its line, where a value could open a block. */
      lineStart?: boolean;
    }
  | { kind: 'group'; name: string; parts: Part[] };

/** A template's paragraph: its lines, or one placeholder standing alone for free Markdown. */
export interface TemplateBlock {
  lines: Part[][];
  /** Set when the block is one placeholder alone: it holds any number of Markdown blocks. */
  free?: string;
}

export interface Template {
  source: string;
  blocks: TemplateBlock[];
  /** The ATX level of the first line when it is a heading; lists and others have none. */
  headingLevel?: number;
  /** The first line starts a list item (`* `, `- `, `1. `). */
  listItem: boolean;
  names: string[];
}

export class TemplateError extends Error {}

/** Values written as the editor typed them: Markdown of their own. */
export const RAW_NAMES = new Set(['comment', 'lead', 'prefix']);
/** Values that only ever come from the page and are escaped wherever they land. */
export const TEXT_NAMES = new Set([
  'heading',
  // A sentence's linked words and a heading's words after its link (./sentence.ts).
  LINK_TEXT,
  LINK_TAIL,
  'pageTitle',
  'description',
  'site',
  'urlText',
  'clippedBy',
  'title',
  'date',
  'number',
  'afterwordHeading',
  'name',
  'emoji',
]);

// A line opening one of CommonMark's HTML blocks (kinds 1 to 6), whose text is not
// Markdown. Any other tag at the start of a line (`<a …>title</a>`) is inline HTML in a
// paragraph, where the text between tags is still read as Markdown.
const HTML_BLOCK =
  /^ {0,3}<\/?(?:script|pre|style|textarea|address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$)/i;

const TOKEN = /\{([#/]?)([A-Za-z][A-Za-z0-9]*)\}/g;
const MAX_TEMPLATE = 4_000;

function parseLine(line: string, where: string): Part[] {
  const root: Part[] = [];
  let group: { name: string; parts: Part[] } | null = null;
  let last = 0;
  const push = (part: Part) => (group ? group.parts : root).push(part);
  for (const match of line.matchAll(TOKEN)) {
    const [whole, sigil, name = ''] = match;
    if (match.index > last) push({ kind: 'text', text: line.slice(last, match.index) });
    last = match.index + whole.length;
    if (sigil === '#') {
      if (group)
        throw new TemplateError(`${where}: {#${name}} inside {#${group.name}}; groups do not nest`);
      group = { name, parts: [] };
    } else if (sigil === '/') {
      if (group?.name !== name)
        throw new TemplateError(`${where}: {/${name}} closes no {#${name}}`);
      root.push({ kind: 'group', name, parts: group.parts });
      group = null;
    } else push({ kind: 'var', name, context: 'inline' });
  }
  if (group)
    throw new TemplateError(`${where}: {#${group.name}} is never closed with {/${group.name}}`);
  if (last < line.length) push({ kind: 'text', text: line.slice(last) });
  return root;
}

function contextOf(name: string, before: string, after: string, line: string, spot: Spot): Context {
  if (spot.kind === 'attribute') {
    const single = spot.quote === "'";
    if (name === 'url')
      return spot.value.trim() === '' ? (single ? 'url-attr-single' : 'url-attr') : 'url-bare';
    return single ? 'attr-single' : 'attr';
  }
  if (name === 'url') {
    if (/=["']$/.test(before)) return 'url-attr';
    if (/\]\(<?$/.test(before)) return 'url-dest';
    return 'url-bare';
  }
  if (RAW_NAMES.has(name) || !TEXT_NAMES.has(name)) return 'raw';
  if (/=["']$/.test(before)) return 'attr';
  if (/\]\([^\s)]*\s+"[^"]*$/.test(before)) return 'link-title';
  if (before.lastIndexOf('[') > before.lastIndexOf(']') && after.includes('](')) return 'link-text';
  if (/^#{1,6}[ \t]/.test(line)) return 'heading';
  if (HTML_BLOCK.test(line)) return 'html';
  return 'inline';
}

/**
 * Decides each placeholder's context from the literal text around it on its line, and
 * where it stands in the template's HTML and Markdown (`sofar`: the template before the
 * line, placeholders as MARK).
 */
function assignContexts(parts: Part[], line: string, yaml: boolean, sofar: string): string {
  const flat: { text: string; part?: Extract<Part, { kind: 'var' }> }[] = [];
  const walk = (list: Part[]) => {
    for (const part of list) {
      if (part.kind === 'text') flat.push({ text: part.text });
      else if (part.kind === 'var') flat.push({ text: 'x', part });
      else walk(part.parts);
    }
  };
  walk(parts);
  let before = '';
  let marked = sofar;
  flat.forEach((entry, index) => {
    const part = entry.part;
    if (part) {
      const after = flat
        .slice(index + 1)
        .map((e) => e.text)
        .join('');
      if (yaml) part.context = (before.match(/"/g)?.length ?? 0) % 2 === 1 ? 'yaml-quoted' : 'yaml';
      else {
        const spot = spotOf(part.name, marked, after);
        const raw = part.name !== 'url' && (RAW_NAMES.has(part.name) || !TEXT_NAMES.has(part.name));
        if (spot.kind === 'attribute' && raw)
          Object.assign(spot, { kind: 'refused', why: "in an attribute, where Markdown can't go" });
        if (spot.kind === 'refused') {
          part.context = 'refused';
          part.refused = `{${part.name}} stands ${spot.why}`;
        } else part.context = contextOf(part.name, before, after, line, spot);
        if (before.trim() === '') part.lineStart = true;
      }
    }
    before += entry.part ? 'x' : entry.text;
    marked += entry.part ? MARK : entry.text;
  });
  return `${marked}\n`;
}

function collectNames(parts: Part[], into: Set<string>): void {
  for (const part of parts) {
    if (part.kind === 'var') into.add(part.name);
    if (part.kind === 'group') {
      into.add(part.name);
      collectNames(part.parts, into);
    }
  }
}

/**
 * Compiles a template. `frontMatter` marks a frame template whose leading `---` block is
 * YAML, where values are quoted the YAML way.
 */
export function compileTemplate(source: string, where = 'template'): Template {
  if (source.length > MAX_TEMPLATE)
    throw new TemplateError(`${where} is longer than ${MAX_TEMPLATE} characters`);
  const text = source.replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, '');
  if (text.trim() === '') throw new TemplateError(`${where} is empty`);
  const blocks: TemplateBlock[] = [];
  let inYaml = false;
  let lineNo = 0;
  let sofar = '';
  for (const paragraph of text.split(/\n[ \t]*\n/)) {
    const lines = paragraph.split('\n').map((line) => {
      lineNo++;
      const at = `${where}, line ${lineNo}`;
      const yaml = inYaml && line !== '---';
      if (line === '---') inYaml = lineNo === 1;
      const parts = parseLine(line, at);
      sofar = assignContexts(parts, line, yaml, sofar);
      return parts;
    });
    sofar += '\n';
    const only = lines.length === 1 ? lines[0] : undefined;
    const single = only?.length === 1 ? only[0] : undefined;
    const block: TemplateBlock = { lines };
    // Only the editor's Markdown may fill whole blocks; page text alone on its line stays
    // text, escaped where it stands.
    const free =
      single?.kind === 'var' && (RAW_NAMES.has(single.name) || !TEXT_NAMES.has(single.name));
    if (
      single?.kind === 'var' &&
      free &&
      single.context !== 'url-bare' &&
      single.context !== 'refused'
    ) {
      single.context = 'block';
      block.free = single.name;
    }
    blocks.push(block);
    lineNo++;
  }
  const names = new Set<string>();
  for (const block of blocks) for (const line of block.lines) collectNames(line, names);
  const first = text.split('\n')[0] ?? '';
  const heading = /^(#{1,6})[ \t]/.exec(first);
  return {
    source,
    blocks,
    ...(heading?.[1] ? { headingLevel: heading[1].length } : {}),
    listItem: /^(?:[*+-]|\d{1,9}[.)])[ \t]/.test(first),
    names: [...names],
  };
}
