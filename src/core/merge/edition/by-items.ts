import type { HouseStyle } from '../../markdown';
import type { Region } from '../diff3/regions';
import { type EditionConflict, placeBlock, writeBlock } from './block-merge';
import { type Block, cleanTexts, findBlocks, type Point } from './blocks';
import { Items } from './resolve';
import { type Reading, readUnits, UrlKeys } from './units';

/**
 * The item merge of three texts that git's line merge left with conflicts: the texts read
 * by one house style, git's clean stretches kept as git wrote them, and each block around a
 * conflict merged by its items. Returns null, with the reason, where reading by items would
 * not help: the style finds no item, or the two sides share no section (not one digest).
 */

export type ItemMerge =
  | { ok: true; text: string; conflicts: EditionConflict[] }
  | { ok: false; reason: string };

const endsWithNewline = (text: string) => text === '' || text.endsWith('\n');

/** The first unit that starts at or after a line (units are in order of their start). */
function firstFrom(units: readonly { start: number }[], line: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((units[mid] as { start: number }).start < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The units that start within a block: a search, not a pass over the whole edition. */
function unitsIn(reading: Reading, from: number, to: number) {
  return reading.units.slice(firstFrom(reading.units, from), firstFrom(reading.units, to));
}

/**
 * `regions` is git's line merge of the same three texts (its lines are the engine's lines
 * of them: both split after each line break, and a lone CR never gets this far).
 */
export function mergeByItems(
  texts: { base: string; ours: string; theirs: string },
  regions: Region[],
  style: HouseStyle,
  eol: string,
): ItemMerge {
  const urls = new UrlKeys();
  const base = readUnits(texts.base, style, urls);
  const ours = readUnits(texts.ours, style, urls);
  const theirs = readUnits(texts.theirs, style, urls);
  const last = regions[regions.length - 1];
  const covered = last ? [last.b1, last.o1, last.t1] : [0, 0, 0];
  const lengths = [base.lines.length, ours.lines.length, theirs.lines.length];
  if (covered.some((n, i) => n !== lengths[i]))
    throw new Error("the line merge's regions do not cover the texts' lines");
  if (base.items + ours.items + theirs.items === 0)
    return { ok: false, reason: `the style ${style.name} finds no item in the editions` };
  if (
    ours.sections.size &&
    theirs.sections.size &&
    ![...ours.sections].some((s) => theirs.sections.has(s))
  )
    return { ok: false, reason: 'the two sides share no section: not editions of one digest' };
  const starts = { base: base.starts, ours: ours.starts, theirs: theirs.starts };
  const items = new Items({ base, ours, theirs }, style.tight ? '' : eol);
  const readings = { base, ours, theirs };
  const byBlocks = write(readings, texts, regions, findBlocks(regions, starts), items, eol);
  if (byBlocks.conflicts.length === 0) return { ok: true, ...byBlocks };
  // The line merge's stretches can pair lines that are not the same place in an edition
  // (a run of blank lines, a template's repeated '*'): then the whole edition, unit by unit.
  const end: Point = [base.lines.length, ours.lines.length, theirs.lines.length];
  const whole = write(readings, texts, regions, [{ start: [0, 0, 0], end }], items, eol);
  return { ok: true, ...(whole.conflicts.length < byBlocks.conflicts.length ? whole : byBlocks) };
}

type Readings = { base: Reading; ours: Reading; theirs: Reading };
type Texts = { base: string; ours: string; theirs: string };

function write(
  { base, ours, theirs }: Readings,
  texts: Texts,
  regions: Region[],
  blocks: Block[],
  items: Items,
  eol: string,
): { text: string; conflicts: EditionConflict[] } {
  const cleanText = cleanTexts(regions, {
    base: base.lines,
    ours: ours.lines,
    theirs: theirs.lines,
  });
  // Chunks joined once at the end: asking a growing string whether it ends with a line
  // break would flatten it again for every block.
  const chunks: string[] = [];
  let open = false;
  const conflicts: EditionConflict[] = [];
  const add = (chunk: string) => {
    if (chunk === '') return;
    if (open) chunks.push(eol);
    chunks.push(chunk);
    open = !chunk.endsWith('\n');
  };
  let at: Point = [0, 0, 0];
  let blockAtEnd = false;
  const end: Point = [base.lines.length, ours.lines.length, theirs.lines.length];
  for (const block of blocks) {
    add(cleanText(at, block.start));
    const [b0, o0, t0] = block.start;
    const [b1, o1, t1] = block.end;
    const placed = placeBlock(
      unitsIn(base, b0, b1),
      unitsIn(ours, o0, o1),
      unitsIn(theirs, t0, t1),
      items,
    );
    const written = writeBlock(placed, items, eol);
    add(written.text);
    conflicts.push(...written.conflicts);
    at = block.end;
    blockAtEnd = b1 === end[0] && o1 === end[1] && t1 === end[2];
  }
  add(cleanText(at, end));
  let text = chunks.join('');
  if (blockAtEnd && at.every((n, i) => n === end[i])) {
    const [b, o, t] = [texts.base, texts.ours, texts.theirs].map(endsWithNewline);
    const newline = o === b ? t : o;
    if (!newline && text.endsWith(eol)) text = text.slice(0, -eol.length);
  }
  return { text, conflicts };
}
