import {
  type Category,
  type Clip,
  type Clock,
  type IdGenerator,
  type Issue,
  type IssueDocument,
  randomId,
  systemClock,
} from '../model';
import { type Block, topBlocks } from './blocks';
import { readFrame } from './frame';
import type { Layout, Span } from './layout';
import { bare, dominantEol, isBlank, splitLines } from './lines';
import { matchTemplate } from './match';
import { type CompiledStyle, compileStyle, type HouseStyle } from './style';
import { CLIP_FIELDS, clipSum, DERIVED } from './values';

export interface ReadOptions {
  now?: Clock;
  id?: IdGenerator;
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

const normalized = (lines: readonly string[]) => lines.map(bare).join('\n');

function contentEnd(lines: readonly string[], start: number, end: number): number {
  let last = end;
  while (last > start && isBlank(lines[last - 1] ?? '')) last--;
  return last;
}

class Reader {
  readonly pieces: Piece[] = [];
  constructor(
    readonly lines: readonly string[],
    readonly blocks: Block[],
    readonly style: CompiledStyle,
  ) {}

  sectionLabel(block: Block): { emoji: string; name: string; fits: boolean } | null {
    const text = normalized(
      this.lines.slice(block.start, contentEnd(this.lines, block.start, block.end)),
    );
    const level = this.style.section.headingLevel ?? 1;
    const values = matchTemplate(this.style.section, text, level);
    if (values && (values.name ?? '') !== '')
      return { emoji: values.emoji ?? '', name: values.name ?? '', fits: true };
    return block.kind === 'heading' ? { ...splitLabel(block.text ?? ''), fits: false } : null;
  }

  isBoundary(block: Block, level: number): boolean {
    if (block.kind === 'hr') return true;
    if (block.kind === 'heading') return (block.level ?? 7) <= level;
    return block.kind === 'html' && this.sectionLabel(block) !== null;
  }

  /** A heading that starts an item of one of the style's heading templates, and where it ends. */
  headingItem(index: number): { end: number; piece: Piece } | null {
    const block = this.blocks[index];
    if (block?.kind !== 'heading') return null;
    for (const [shape, template] of this.style.items.entries()) {
      const level = template.headingLevel;
      if (!level || (block.level ?? 0) > level || (block.level ?? 0) < level - 1) continue;
      let end = index + 1;
      while (end < this.blocks.length && !this.isBoundary(this.blocks[end] as Block, level)) end++;
      const last = this.blocks[end - 1] as Block;
      const stop = contentEnd(this.lines, block.start, last.end);
      const values = matchTemplate(template, normalized(this.lines.slice(block.start, stop)));
      if (values)
        return { end, piece: { kind: 'item', start: block.start, end: stop, values, shape } };
    }
    return null;
  }

  listItems(block: Block): void {
    for (const item of block.items ?? []) {
      const stop = contentEnd(this.lines, item.start, item.end);
      const text = normalized(this.lines.slice(item.start, stop));
      let found = false;
      for (const [shape, template] of this.style.items.entries()) {
        if (!template.listItem) continue;
        const values = matchTemplate(template, text);
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
function frameEnd(reader: Reader, first: number): number {
  for (let index = first; index < reader.blocks.length; index++) {
    const block = reader.blocks[index] as Block;
    if (block.kind === 'heading' || (block.kind === 'html' && reader.sectionLabel(block)))
      return index;
  }
  return reader.blocks.length;
}

function frontMatterLength(lines: readonly string[]): number {
  if (bare(lines[0] ?? '') !== '---') return 0;
  for (let i = 1; i < Math.min(lines.length, 500); i++) {
    if (/^(?:---|\.\.\.)$/.test(bare(lines[i] ?? ''))) return i + 1;
  }
  return 0;
}

/** A document split into lines and parsed once, to be read by any number of styles. */
export interface Parsed {
  lines: string[];
  eol: Layout['eol'];
  frontMatter: number;
  blocks: Block[];
}

export function parseDocument(markdown: string): Parsed {
  const lines = splitLines(markdown);
  const frontMatter = frontMatterLength(lines);
  return {
    lines,
    eol: dominantEol(lines) as Layout['eol'],
    frontMatter,
    blocks: topBlocks(lines, frontMatter),
  };
}

/** What a style makes of a parsed document: its pieces, and where the body starts. */
export interface Explained {
  style: CompiledStyle;
  pieces: Piece[];
  /** The first line of the body; lines above it are the frame. */
  startLine: number;
  titleLine: number;
}

export function explain(parsed: Parsed, houseStyle: HouseStyle): Explained {
  const style = compileStyle(houseStyle);
  const { lines, blocks } = parsed;
  const reader = new Reader(lines, blocks, style);
  let first = 0;
  let titleLine = -1;
  const opening = blocks[0];
  if (/^# /m.test(houseStyle.frame) && opening?.kind === 'heading' && opening.level === 1) {
    titleLine = opening.start;
    first = 1;
  }
  const bodyStart = frameEnd(reader, first);
  reader.read(bodyStart);
  return {
    style,
    pieces: reader.pieces,
    startLine: blocks[bodyStart]?.start ?? lines.length,
    titleLine,
  };
}

/**
 * Reads a digest issue by a house style: the frame, the sections as categories, every item
 * the style's templates describe as a clip, and every other byte verbatim in place, so that
 * rendering the result in the same style gives the input back exactly.
 */
export function readIssue(
  markdown: string | Parsed,
  houseStyle: HouseStyle,
  options: ReadOptions = {},
): IssueDocument {
  const parsed = typeof markdown === 'string' ? parseDocument(markdown) : markdown;
  return readExplained(parsed, explain(parsed, houseStyle), options);
}

export function readExplained(
  parsed: Parsed,
  explained: Explained,
  options: ReadOptions = {},
): IssueDocument {
  const now = (options.now ?? systemClock)().toISOString();
  const id = options.id ?? randomId;
  const frame = readFrame(
    parsed.lines.slice(0, explained.startLine),
    parsed.frontMatter,
    explained.titleLine,
  );
  return assemble({ ...parsed, ...explained, frame, now, id });
}

interface Assembly extends Parsed, Explained {
  frame: ReturnType<typeof readFrame>;
  now: string;
  id: IdGenerator;
}

function afterwordAt(pieces: Piece[], style: CompiledStyle): number {
  const template = style.afterword;
  if (!template?.headingLevel) return -1;
  const last = pieces.findLastIndex((p) => p.kind === 'section');
  const piece = pieces[last];
  if (piece?.kind !== 'section' || piece.level !== template.headingLevel) return -1;
  return pieces.slice(last).some((p) => p.kind === 'item') ? -1 : last;
}

function assemble(a: Assembly): IssueDocument {
  const { lines, pieces, style, now, id } = a;
  const text = (start: number, end: number) => lines.slice(start, end).join('');
  const gapAfter = (index: number) => {
    const piece = pieces[index] as Piece;
    return text(piece.end, pieces[index + 1]?.start ?? lines.length);
  };
  const issueId = id();
  const categories: Category[] = [];
  const clips: Clip[] = [];
  const sectionText: Record<string, string> = {};
  const spans: Span[] = [{ kind: 'frame', text: text(0, a.startLine), values: a.frame.values }];
  const counts = new Map<string, number>();
  let current: Category | null = null;
  let openSection: Extract<Span, { kind: 'section' }> | null = null;
  const closing = afterwordAt(pieces, style);
  let afterword = { heading: '', text: '' };

  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index] as Piece;
    if (index === closing) {
      const rest = text(piece.start, lines.length);
      const body = lines
        .slice(piece.end)
        .map(bare)
        .join('\n')
        .replace(/^(?:[ \t]*\n)+/, '')
        .replace(/\s+$/, '');
      const heading =
        piece.kind === 'section'
          ? [piece.label.emoji, piece.label.name].filter(Boolean).join(' ')
          : '';
      afterword = { heading, text: body };
      spans.push({ kind: 'afterword', text: rest, heading, afterword: body });
      break;
    }
    if (piece.kind === 'section') {
      current = { id: id(), ...piece.label, order: categories.length };
      categories.push(current);
      openSection = {
        kind: 'section',
        categoryId: current.id,
        line: text(piece.start, piece.end),
        gap: gapAfter(index),
        label: [piece.label.emoji, piece.label.name].filter(Boolean).join(' '),
        body: '',
        sectionText: '',
      };
      spans.push(openSection);
      continue;
    }
    if (piece.kind === 'text') {
      const verbatim = text(piece.start, piece.end) + gapAfter(index);
      if (openSection) {
        openSection.body += verbatim;
        continue;
      }
      const previous = spans.at(-1);
      if (previous?.kind === 'text') previous.text += verbatim;
      else if (previous?.kind === 'frame' && !current) previous.text += verbatim;
      else spans.push({ kind: 'text', text: verbatim });
      continue;
    }
    openSection = null;
    if (!current) {
      current = { id: id(), emoji: '', name: '', order: categories.length };
      categories.push(current);
    }
    const order = counts.get(current.id) ?? 0;
    counts.set(current.id, order + 1);
    clips.push(
      toClip(piece, text(piece.start, piece.end), style, {
        issueId,
        categoryId: current.id,
        order,
        now,
        id: id(),
      }),
    );
    spans.push({ kind: 'item', categoryId: current.id, gap: gapAfter(index) });
  }
  for (const span of spans) {
    if (span.kind !== 'section') continue;
    span.sectionText = span.body
      .split(/\r\n?|\n/)
      .join('\n')
      .replace(/^(?:[ \t]*\n)+/, '')
      .replace(/\s+$/, '');
    if (span.sectionText) sectionText[span.categoryId] = span.sectionText;
  }
  const issue: Issue = {
    id: issueId,
    title: a.frame.titleTemplate,
    number: a.frame.values.number,
    date: a.frame.values.date,
    header: a.frame.values.header,
    intro: a.frame.values.intro,
    afterwordHeading: afterword.heading,
    afterword: afterword.text,
    style: style.style.name,
    status: 'draft',
    sectionText,
    categoryOrder: categories.map((c) => c.id),
    createdAt: now,
    updatedAt: now,
    layout: { style: style.style.name, eol: a.eol, spans },
  };
  return { issue, categories, clips };
}

interface ClipPlace {
  issueId: string;
  categoryId: string;
  order: number;
  now: string;
  id: string;
}

function toClip(
  piece: Extract<Piece, { kind: 'item' }>,
  source: string,
  style: CompiledStyle,
  place: ClipPlace,
): Clip {
  const { values } = piece;
  const clip: Clip = {
    id: place.id,
    url: values.url ?? '',
    pageTitle: values.pageTitle ?? '',
    description: values.description ?? '',
    heading: values.heading ?? '',
    comment: values.comment ?? '',
    categoryId: place.categoryId,
    issueId: place.issueId,
    order: place.order,
    createdAt: place.now,
    updatedAt: place.now,
  };
  if (values.lead) clip.lead = values.lead;
  if (values.clippedBy) clip.clippedBy = values.clippedBy;
  const known = new Set<string>(CLIP_FIELDS);
  const extra = Object.entries(values).filter(
    ([name, value]) => value !== '' && !known.has(name) && !DERIVED.has(name),
  );
  if (extra.length) clip.extra = Object.fromEntries(extra);
  clip.source = { style: style.style.name, text: source, sum: clipSum(clip), shape: piece.shape };
  return clip;
}
