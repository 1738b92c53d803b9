import { bare } from '../document/lines';
import { readerLabel, splitLabel } from './label';
import type { Piece } from './pieces';

/**
 * A bullet that heads a list of links, as Productivity Weekly writes its read-more list
 * (`- **know-how 🎓**`, then `  - [title](url)` bullets, each with its own nested notes):
 * the bold label names a section, and each nested bullet is an item of that section.
 */
export interface Group {
  section: Extract<Piece, { kind: 'section' }>;
  items: { start: number; end: number }[];
}

const LABEL = /^[-*+][ \t]+\*\*([^*\n]+)\*\*[ \t]*$/;
const NESTED = /^([ \t]+)[-*+][ \t]/;

/** A section's name and emoji from a label, the emoji before or after the name. */
function labelOf(text: string): { emoji: string; name: string } {
  const split = splitLabel(text.trim());
  if (split.emoji) return readerLabel(split.emoji, split.name);
  const last = /^(.*\S)[ \t]+(\S+)$/u.exec(text.trim());
  return last?.[1] && last[2] ? readerLabel(last[2], last[1]) : readerLabel('', text.trim());
}

/** The list item from `start` to `end` as a group, or null when it is not one. */
export function readGroup(lines: readonly string[], start: number, end: number): Group | null {
  const label = LABEL.exec(bare(lines[start] ?? ''))?.[1];
  if (!label) return null;
  let indent: string | null = null;
  const items: Group['items'] = [];
  for (let at = start + 1; at < end; at++) {
    const line = bare(lines[at] ?? '');
    const marker = NESTED.exec(line)?.[1];
    indent ??= marker ?? null;
    if (indent === null) return null;
    if (marker === indent) items.push({ start: at, end: at + 1 });
    else if (items.length > 0) (items.at(-1) as { end: number }).end = at + 1;
  }
  if (indent === null || items.length === 0) return null;
  const section = { kind: 'section' as const, start, end: start + 1, level: 0, fits: true };
  return { section: { ...section, label: labelOf(label) }, items };
}
