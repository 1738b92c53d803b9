import type { Layout } from '../../model/layout';
import type { Block } from '../document/blocks';
import { bare, isBlank } from '../document/lines';
import type { CompiledStyle } from '../style/compile';
import { matchTemplate, type ReadBudget } from '../template/match';

/**
 * How a style explains a parsed document: which runs of lines are items, which are section
 * headings, and which are text it does not explain. Only reading; assemble.ts makes the
 * issue from the pieces.
 */

/** A document split into lines and parsed once, to be read by any number of styles. */
export interface Parsed {
  lines: string[];
  eol: Layout['eol'];
  frontMatter: number;
  blocks: Block[];
  /** The document opened with a byte order mark, which `lines` leave out. */
  bom?: boolean;
}

/** What a style makes of a parsed document: its pieces, and where the body starts. */
export interface Explained {
  style: CompiledStyle;
  pieces: Piece[];
  /** The first line of the body; lines above it are the frame. */
  startLine: number;
  titleLine: number;
}

/** One run of the document the style explains, or text it does not. */
export type Piece =
  | { kind: 'item'; start: number; end: number; values: Record<string, string>; shape: number }
  | {
      kind: 'section';
      start: number;
      end: number;
      label: { emoji: string; name: string };
      level: number;
      /** The heading has the shape of the style's section template. */
      fits: boolean;
    }
  | { kind: 'text'; start: number; end: number };

const EMOJI_LABEL =
  /^(\p{Extended_Pictographic}(?:\uFE0F|\u20E3|[\u{1F3FB}-\u{1F3FF}]|\u200D\p{Extended_Pictographic}\uFE0F?)*)[ \t]+(\S.*)$/u;

/** A heading's label: a leading emoji and the name, as the workspace edits them. */
export function splitLabel(label: string): { emoji: string; name: string } {
  const match = EMOJI_LABEL.exec(label);
  return match?.[1] && match[2] ? { emoji: match[1], name: match[2] } : { emoji: '', name: label };
}

type Label = { emoji: string; name: string; fits: boolean };

const normalized = (lines: readonly string[]) => lines.map(bare).join('\n');

function contentEnd(lines: readonly string[], start: number, end: number): number {
  let last = end;
  while (last > start && isBlank(lines[last - 1] ?? '')) last--;
  return last;
}

export class Reader {
  readonly pieces: Piece[] = [];
  constructor(
    readonly lines: readonly string[],
    readonly blocks: Block[],
    readonly style: CompiledStyle,
    private readonly budget?: ReadBudget,
  ) {}

  private readonly labels = new Map<Block, Label | null>();

  /** The section a heading or HTML block heads, if it heads one (read once per block). */
  sectionLabel(block: Block): Label | null {
    const known = this.labels.get(block);
    if (known !== undefined) return known;
    const label = this.readLabel(block);
    this.labels.set(block, label);
    return label;
  }

  private readLabel(block: Block): Label | null {
    // Only a line the section template could start with is worth matching.
    if (block.kind === 'html' && !this.style.section.source.trimStart().startsWith('<'))
      return null;
    const text = normalized(
      this.lines.slice(block.start, contentEnd(this.lines, block.start, block.end)),
    );
    const level = this.style.section.headingLevel ?? 1;
    const values = matchTemplate(this.style.section, text, level, this.budget);
    if (values && (values.name ?? '') !== '')
      return { emoji: values.emoji ?? '', name: values.name ?? '', fits: true };
    return block.kind === 'heading' ? { ...splitLabel(block.text ?? ''), fits: false } : null;
  }

  isBoundary(block: Block, level: number): boolean {
    if (block.kind === 'hr') return true;
    if (block.kind === 'heading') return (block.level ?? 7) <= level;
    return block.kind === 'html' && this.sectionLabel(block) !== null;
  }

  private readonly extents = new Map<string, { end: number; stop: number; text: string }>();

  /** Where an item whose heading is block `index` ends at a style's level, and its text. */
  extent(index: number, level: number): { end: number; stop: number; text: string } {
    const key = `${index}:${level}`;
    const known = this.extents.get(key);
    if (known) return known;
    const block = this.blocks[index] as Block;
    let end = index + 1;
    while (end < this.blocks.length && !this.isBoundary(this.blocks[end] as Block, level)) end++;
    const last = this.blocks[end - 1] as Block;
    const stop = contentEnd(this.lines, block.start, last.end);
    const found = { end, stop, text: normalized(this.lines.slice(block.start, stop)) };
    this.extents.set(key, found);
    return found;
  }

  /**
   * A heading that starts an item of one of the style's heading templates, and where it
   * ends. Where several templates read it, the one that finds its link earliest wins (the
   * first card of an item is its card; later ones belong to the comment). A template with
   * no link (an item without a card) reads only at its own level, never a level higher,
   * so it cannot take a section heading for an item.
   */
  headingItem(index: number): { end: number; piece: Piece } | null {
    const block = this.blocks[index];
    if (block?.kind !== 'heading') return null;
    let best: { end: number; piece: Extract<Piece, { kind: 'item' }>; lead: number } | null = null;
    for (const [shape, template] of this.style.items.entries()) {
      const level = template.headingLevel;
      const lowest = template.names.includes('url') ? (level ?? 1) - 1 : (level ?? 1);
      if (!level || (block.level ?? 0) > level || (block.level ?? 0) < lowest) continue;
      const { end, stop, text } = this.extent(index, level);
      const values = matchTemplate(template, text, lowest, this.budget);
      if (!values) continue;
      // Without a link, an item ranks after every reading that found one.
      const lead = values.url ? (values.lead?.length ?? 0) : Number.POSITIVE_INFINITY;
      if (!best || lead < best.lead)
        best = { end, piece: { kind: 'item', start: block.start, end: stop, values, shape }, lead };
    }
    return best ? { end: best.end, piece: best.piece } : null;
  }

  listItems(block: Block): void {
    for (const item of block.items ?? []) {
      const stop = contentEnd(this.lines, item.start, item.end);
      const text = normalized(this.lines.slice(item.start, stop));
      let found = false;
      for (const [shape, template] of this.style.items.entries()) {
        if (!template.listItem) continue;
        const values = matchTemplate(template, text, undefined, this.budget);
        if (values) {
          this.pieces.push({ kind: 'item', start: item.start, end: stop, values, shape });
          found = true;
          break;
        }
      }
      if (!found) this.pieces.push({ kind: 'text', start: item.start, end: stop });
    }
  }

  read(from: number): void {
    const hasLists = this.style.items.some((t) => t.listItem);
    for (let index = from; index < this.blocks.length; ) {
      const block = this.blocks[index] as Block;
      const item = this.headingItem(index);
      if (item) {
        this.pieces.push(item.piece);
        index = item.end;
        continue;
      }
      index++;
      if (block.kind === 'hr') continue;
      const level = this.style.itemLevel;
      const heads = block.kind === 'html' || level === null || (block.level ?? 7) < level;
      const label =
        (block.kind === 'heading' || block.kind === 'html') && heads
          ? this.sectionLabel(block)
          : null;
      if (label) {
        const { fits, ...name } = label;
        this.pieces.push({
          kind: 'section',
          start: block.start,
          end: block.end,
          label: name,
          level: block.level ?? 0,
          fits,
        });
      } else if (block.kind === 'list' && hasLists) this.listItems(block);
      else
        this.pieces.push({
          kind: 'text',
          start: block.start,
          end: contentEnd(this.lines, block.start, block.end),
        });
    }
  }
}

/** Where the frame ends: at the first heading or section block after the title line. */
export function frameEnd(reader: Reader, first: number): number {
  for (let index = first; index < reader.blocks.length; index++) {
    const block = reader.blocks[index] as Block;
    if (block.kind === 'heading' || (block.kind === 'html' && reader.sectionLabel(block)))
      return index;
  }
  return reader.blocks.length;
}
