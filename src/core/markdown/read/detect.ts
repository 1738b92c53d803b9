import type { IssueDocument } from '../../model';
import { bare } from '../document/lines';
import type { HouseStyle } from '../style/schema';
import { ReadLimitError } from '../template/match';
import type { Part } from '../template/template';
import {
  type Explained,
  explain,
  type Parsed,
  parseDocument,
  type ReadOptions,
  readWithFindings,
} from './read';

export interface Detected {
  style: HouseStyle;
  doc: IssueDocument;
  /** Items with a link the style found. */
  items: number;
  /** What of the document was kept as text only, not taken as a field, in words. */
  findings: string[];
}

/**
 * The line reads as the template's line, each placeholder or group standing for any text:
 * its literals found in order, the first at the start and the last at the end. Found from
 * the left, not by a regex of `.*`s, which took minutes to refuse a line for a template of
 * placeholders side by side.
 */
export function fitsLine(parts: Part[], line: string): boolean {
  const literals = [''];
  for (const part of parts) {
    if (part.kind === 'text') literals[literals.length - 1] += part.text;
    else if (literals.at(-1) !== '' || literals.length === 1) literals.push('');
  }
  const first = literals[0] ?? '';
  if (literals.length === 1) return line === first;
  const last = literals.at(-1) ?? '';
  if (!line.startsWith(first) || first.length + last.length > line.length) return false;
  let from = first.length;
  for (const literal of literals.slice(1, -1)) {
    const at = line.indexOf(literal, from);
    if (at < 0) return false;
    from = at + literal.length;
  }
  return from + last.length <= line.length && line.endsWith(last);
}

/** The share of the frame template's own lines (not lone placeholders) found in the frame. */
function frameFit(parsed: Parsed, explained: Explained): number {
  const head = parsed.lines.slice(0, explained.startLine).map(bare);
  const lines = explained.style.frame.blocks.filter((b) => !b.free).flatMap((b) => b.lines);
  const own = lines.filter((parts) => parts.some((p) => p.kind === 'text' && p.text.trim() !== ''));
  if (own.length === 0) return 0;
  const found = own.filter((parts) => head.some((line) => fitsLine(parts, line)));
  return found.length / own.length;
}

interface Scored {
  explained: Explained;
  score: number;
  items: number;
  primary: number;
  /** How well the frame and the section headings fit, 0 to 2. */
  fit: number;
}

function score(parsed: Parsed, explained: Explained): Scored {
  const items = explained.pieces.filter((p) => p.kind === 'item' && (p.values.url ?? '') !== '');
  const sections = explained.pieces.filter((p) => p.kind === 'section');
  const sectionFit = sections.length
    ? sections.filter((p) => p.kind === 'section' && p.fits).length / sections.length
    : 0;
  const fit = frameFit(parsed, explained) + sectionFit;
  // The fit counts squared: a digest's own style, whose frame and headings are the
  // document's, keeps it even when a neighbour's looser item template finds a few items
  // more (a generic `### [title](url)` reading a digest's feature headings), while a style
  // whose frame merely happens to fit does not outweigh one that finds many times its items.
  return {
    explained,
    score: items.length * (1 + fit) ** 2,
    items: items.length,
    primary: items.filter((p) => p.kind === 'item' && p.shape === 0).length,
    fit,
  };
}

/** Whether `a` explains the document better than `b`: score, then own shape, then fit. */
function better(a: Scored, b: Scored | null): boolean {
  if (!b) return true;
  if (a.score !== b.score) return a.score > b.score;
  if (a.primary !== b.primary) return a.primary > b.primary;
  return a.fit > b.fit;
}

/**
 * Reads a document by the style that explains it best: the most items found, weighed by how
 * well the style's frame and section headings fit it; on a tie, the style whose own item
 * shape (its first template) found the most, then the one that fits best, then the earlier
 * style in the list. When no style finds an item, the one that fits best reads it, and a
 * finding says that none found one.
 */
export function detectStyle(
  markdown: string,
  styles: readonly HouseStyle[],
  options: ReadOptions = {},
): Detected {
  const parsed = parseDocument(markdown);
  let best: Scored | null = null;
  let refused: ReadLimitError | null = null;
  for (const style of styles) {
    let explained: Explained;
    try {
      explained = explain(parsed, style);
    } catch (error) {
      // A style too costly to read this document is not the one it was written in.
      if (!(error instanceof ReadLimitError)) throw error;
      refused ??= error;
      continue;
    }
    const result = score(parsed, explained);
    if (better(result, best)) best = result;
  }
  if (!best) throw refused ?? new Error('no style to read the document by');
  const read = readWithFindings(parsed, best.explained, options);
  const name = best.explained.style.style.name;
  if (best.items === 0) {
    read.findings.unshift(
      best.fit > 0
        ? `no style found an item with a link in it: read by "${name}", whose frame or headings fit it best, every line kept as text`
        : `no style found an item with a link in it, and no style's frame or headings fit it: read by "${name}", every line kept as text`,
    );
  }
  return { style: best.explained.style.style, ...read, items: best.items };
}
