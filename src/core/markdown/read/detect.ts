import type { IssueDocument } from '../../model';
import { bare } from '../document/lines';
import { escapeRegex } from '../document/text';
import type { HouseStyle } from '../style/schema';
import type { Part } from '../template/template';
import {
  type Explained,
  explain,
  type Parsed,
  parseDocument,
  type ReadOptions,
  readExplained,
} from './read';

export interface Detected {
  style: HouseStyle;
  doc: IssueDocument;
  /** Items with a link the style found. */
  items: number;
}

function linePattern(parts: Part[]): string {
  return parts
    .map((p) => (p.kind === 'text' ? escapeRegex(p.text) : p.kind === 'var' ? '.*' : '(?:.*)'))
    .join('');
}

/** The share of the frame template's own lines (not lone placeholders) found in the frame. */
function frameFit(parsed: Parsed, explained: Explained): number {
  const head = parsed.lines.slice(0, explained.startLine).map(bare);
  const lines = explained.style.frame.blocks.filter((b) => !b.free).flatMap((b) => b.lines);
  const own = lines.filter((parts) => parts.some((p) => p.kind === 'text' && p.text.trim() !== ''));
  if (own.length === 0) return 0;
  const found = own.filter((parts) => {
    const pattern = new RegExp(`^${linePattern(parts)}$`, 'u');
    return head.some((line) => pattern.test(line));
  });
  return found.length / own.length;
}

function score(
  parsed: Parsed,
  explained: Explained,
): { score: number; items: number; primary: number } {
  const items = explained.pieces.filter((p) => p.kind === 'item' && (p.values.url ?? '') !== '');
  const sections = explained.pieces.filter((p) => p.kind === 'section');
  const sectionFit = sections.length
    ? sections.filter((p) => p.kind === 'section' && p.fits).length / sections.length
    : 0;
  return {
    score: items.length * (1 + frameFit(parsed, explained) + sectionFit),
    items: items.length,
    primary: items.filter((p) => p.kind === 'item' && p.shape === 0).length,
  };
}

/**
 * Reads a document by the style that explains it best: the most items found, weighed by how
 * well the style's frame and section headings fit it; on a tie, the style whose own item
 * shape (its first template) found the most, then the earlier style in the list.
 */
export function detectStyle(
  markdown: string,
  styles: readonly HouseStyle[],
  options: ReadOptions = {},
): Detected {
  const parsed = parseDocument(markdown);
  let best: { explained: Explained; score: number; items: number; primary: number } | null = null;
  for (const style of styles) {
    const explained = explain(parsed, style);
    const result = score(parsed, explained);
    if (
      !best ||
      result.score > best.score ||
      (result.score === best.score && result.primary > best.primary)
    ) {
      best = { explained, ...result };
    }
  }
  if (!best) throw new Error('no style to read the document by');
  return {
    style: best.explained.style.style,
    doc: readExplained(parsed, best.explained, options),
    items: best.items,
  };
}
