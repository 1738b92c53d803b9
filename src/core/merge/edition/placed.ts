import type { Items } from './resolve';
import type { Unit } from './units';

/**
 * A unit as it lands in the merged block: its text as resolved, where it stood on each side
 * (which decides the blank lines above it), or a conflict that keeps both versions.
 */
export interface Placed {
  item: boolean;
  section: string;
  key: string;
  text: string;
  /** Its index among the block's units of ours and of theirs, where it stood there. */
  o?: number;
  t?: number;
  leads: { ours?: string; theirs?: string; base?: string };
  /** Both versions, as lists of unit texts (empty for a side that removed it). */
  conflict?: { ours: string[]; theirs: string[]; base: string[] };
}

/** A side's unit of the block with its index there. */
export interface Ref {
  unit: Unit;
  at: number;
}

/** An item or line of one side, resolved: null when it is to go. */
export function placeFrom(
  side: 'ours' | 'theirs',
  ref: Ref,
  items: Items,
  base?: Unit,
): Placed | null {
  const { unit } = ref;
  const placed: Placed = {
    item: unit.item,
    section: unit.section,
    key: unit.key,
    text: unit.text,
    leads: side === 'ours' ? { ours: unit.lead } : { theirs: unit.lead },
    ...(side === 'ours' ? { o: ref.at } : { t: ref.at }),
  };
  if (!unit.item) return placed;
  if (base) placed.leads.base = base.lead;
  const outcome = items.outcome(unit.key);
  if (outcome.kind === 'drop') return null;
  if (outcome.kind === 'keep') return { ...placed, text: outcome.text };
  const list = (text: string | null) => (text === null ? [] : [text]);
  const conflict = {
    ours: list(outcome.ours),
    theirs: list(outcome.theirs),
    base: base ? [base.text] : [],
  };
  return { ...placed, conflict };
}
