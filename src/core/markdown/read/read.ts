import {
  type Clock,
  type IdGenerator,
  type IssueDocument,
  randomId,
  systemClock,
} from '../../model';
import type { Layout } from '../../model/layout';
import { topBlocks } from '../document/blocks';
import { readFrame } from '../document/frame';
import { frontMatterLength } from '../document/front-matter';
import { dominantEol, splitLines } from '../document/lines';
import { compileStyle } from '../style/compile';
import type { HouseStyle } from '../style/schema';
import { ReadBudget } from '../template/match';
import { assemble } from './assemble';
import { type Explained, frameEnd, type Parsed, Reader } from './reader';

export type { Explained, Parsed, Piece } from './reader';

const BOM = '\uFEFF';

export interface ReadOptions {
  now?: Clock;
  id?: IdGenerator;
}

export function parseDocument(markdown: string): Parsed {
  // A byte order mark is no text of the first line: read without it, kept with the frame.
  const bom = markdown.startsWith(BOM);
  const lines = splitLines(bom ? markdown.slice(1) : markdown);
  const frontMatter = frontMatterLength(lines);
  return {
    lines,
    eol: dominantEol(lines) as Layout['eol'],
    frontMatter,
    blocks: topBlocks(lines, frontMatter),
    ...(bom ? { bom } : {}),
  };
}

/**
 * Template steps times characters a style may spend reading a document, per character:
 * the built-in styles spend at most about 35, so a style of many placeholders stops in
 * seconds on the largest document instead of holding the page.
 */
const READ_UNITS_PER_CHAR = 500;
const READ_UNITS_BASE = 1_000_000;

/** What a style may spend reading the document (see READ_UNITS_PER_CHAR). */
export function readBudget(parsed: Parsed, houseStyle: HouseStyle): ReadBudget {
  const chars = parsed.lines.reduce((sum, line) => sum + line.length, 0);
  return new ReadBudget(READ_UNITS_BASE + READ_UNITS_PER_CHAR * chars, houseStyle.name);
}

export function explain(
  parsed: Parsed,
  houseStyle: HouseStyle,
  budget = readBudget(parsed, houseStyle),
): Explained {
  const style = compileStyle(houseStyle);
  const { lines, blocks } = parsed;
  const reader = new Reader(lines, blocks, style, budget);
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
  return readWithFindings(parsed, explained, options).doc;
}

/** The issue read, and what of its frame could not be taken as a field (kept as text). */
export function readWithFindings(
  parsed: Parsed,
  explained: Explained,
  options: ReadOptions = {},
): { doc: IssueDocument; findings: string[] } {
  const now = (options.now ?? systemClock)().toISOString();
  const id = options.id ?? randomId;
  const frame = readFrame(
    parsed.lines.slice(0, explained.startLine),
    parsed.frontMatter,
    explained.titleLine,
  );
  return { doc: assemble({ ...parsed, ...explained, frame, now, id }), findings: frame.findings };
}
