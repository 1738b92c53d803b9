import type { Block } from '../document/blocks';
import { bare, isBlank } from '../document/lines';
import type { CompiledStyle } from '../style/compile';
import { matchTemplate, type ReadBudget } from '../template/match';
import type { Template } from '../template/template';
import { readGroup } from './groups';
import { linkDefinitions, otherReading, readItem } from './item-text';
import { readerLabel, splitLabel } from './label';
import type { Piece } from './pieces';
import { PlainLinks } from './plain';
import { type ShapeKinds, shapeKinds } from './shapes';

/**
 * How a style explains a parsed document: which runs of lines are items, which are section
 * headings, and which are text it does not explain. Only reading; assemble.ts makes the
 * issue from the pieces.
 */

export type { Explained, Parsed, Piece } from './pieces';

type Label = { emoji: string; name: string; fits: boolean };

/** The characters a template writes itself: the more, the closer it describes an item. */
const ownText = (template: Template) =>
  template.source.replace(/\{[#/]?[^{}]*\}/g, '').replace(/\s+/g, '').length;

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
      return { ...readerLabel(values.emoji ?? '', values.name ?? ''), fits: true };
    if (block.kind !== 'heading') return null;
    const { emoji, name } = splitLabel(block.text ?? '');
    return { ...readerLabel(emoji, name), fits: false };
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
      // A template with a link reads an item only with it: a heading whose link block was
      // left out is a section's, or an item of a template without a link.
      if (!values || (template.names.includes('url') && !values.url)) continue;
      // Without a link, an item ranks after every reading that found one.
      const lead = values.url ? (values.lead?.length ?? 0) : Number.POSITIVE_INFINITY;
      if (!best || lead < best.lead)
        best = { end, piece: { kind: 'item', start: block.start, end: stop, values, shape }, lead };
    }
    return best ? { end: best.end, piece: best.piece } : null;
  }

  private definitions: Map<string, string> | undefined;

  /**
   * An item's reading by the one of the templates that explains most of it with its own
   * text (an event line with its nested event link before any line with a link), trying
   * the text as written, then as a reader sees it (item-text.ts).
   */
  private bestItem(text: string, templates: readonly number[]) {
    let best: { values: Record<string, string>; shape: number; own: number } | null = null;
    this.definitions ??= linkDefinitions(this.lines);
    const other = otherReading(text, this.definitions);
    for (const shape of templates) {
      const template = this.style.items[shape] as Template;
      const own = ownText(template);
      if (best && own <= best.own) continue;
      const values = readItem(template, text, this.definitions, this.budget, other);
      if (values) best = { values, shape, own };
    }
    return best;
  }

  private get kinds(): ShapeKinds {
    return shapeKinds(this.style);
  }

  /** A run of lines as an item of one of the shapes, or as text. */
  private itemOrText(start: number, end: number, shapes: readonly number[]): void {
    const stop = contentEnd(this.lines, start, end);
    const found = this.bestItem(normalized(this.lines.slice(start, stop)), shapes);
    this.push(
      found
        ? { kind: 'item', start, end: stop, values: found.values, shape: found.shape }
        : { kind: 'text', start, end: stop },
    );
  }

  private plainLinks: PlainLinks | undefined;

  private get plain(): PlainLinks {
    this.plainLinks ??= new PlainLinks(this.style.style);
    return this.plainLinks;
  }
  /** The section being read has links that are never items. */
  private plainSection = false;

  /** The piece as read, or text where the style says its link is never an item. */
  private push(piece: Piece): void {
    const url = piece.kind === 'item' ? (piece.values.url ?? '') : '';
    if (piece.kind === 'item' && (this.plainSection || (url && this.plain.link(url))))
      this.pieces.push({ kind: 'text', start: piece.start, end: piece.end });
    else this.pieces.push(piece);
  }

  listItems(block: Block): void {
    for (const item of block.items ?? []) {
      const group = this.kinds.nested.length ? readGroup(this.lines, item.start, item.end) : null;
      if (group) this.pieces.push(group.section);
      for (const one of group?.items ?? [item])
        this.itemOrText(one.start, one.end, group ? this.kinds.nested : this.kinds.list);
    }
  }

  read(from: number): void {
    const hasLists = this.style.items.some((t) => t.listItem) || this.kinds.nested.length > 0;
    for (let index = from; index < this.blocks.length; ) {
      const block = this.blocks[index] as Block;
      const item = this.headingItem(index);
      if (item) {
        this.push(item.piece);
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
        this.plainSection = this.plain.section(name.name);
        this.pieces.push({
          kind: 'section',
          start: block.start,
          end: block.end,
          label: name,
          level: block.level ?? 0,
          fits,
        });
      } else if (block.kind === 'list' && hasLists) this.listItems(block);
      else if (block.kind === 'paragraph' && this.kinds.paragraph.length)
        this.itemOrText(block.start, block.end, this.kinds.paragraph);
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
