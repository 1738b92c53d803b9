import type { Reading, Unit } from './units';

/**
 * What becomes of each item, decided once over the three whole editions by its identity:
 * its text (the side that changed it; both alike; or a conflict when they changed it two
 * ways, or one removed it while the other changed it), and which side's place it takes
 * (ours, unless only theirs moved it to another section). Also how each section spaces its
 * items, for an item that lands beside one it never stood beside.
 */

export type Outcome =
  | { kind: 'keep'; text: string }
  | { kind: 'drop' }
  | { kind: 'conflict'; ours: string | null; theirs: string | null };

export type SideName = 'ours' | 'theirs';

function itemsByKey(reading: Reading): Map<string, Unit> {
  const map = new Map<string, Unit>();
  for (const unit of reading.units) if (unit.item) map.set(unit.key, unit);
  return map;
}

function pick(
  base: string | undefined,
  ours: string | undefined,
  theirs: string | undefined,
): Outcome {
  if (ours !== undefined && theirs !== undefined) {
    // Added on both sides (the same link): one item, as ours wrote it.
    if (ours === theirs || theirs === base || base === undefined)
      return { kind: 'keep', text: ours };
    if (ours === base) return { kind: 'keep', text: theirs };
    return { kind: 'conflict', ours, theirs };
  }
  const side = ours ?? theirs;
  if (side === undefined) return { kind: 'drop' };
  if (base === undefined) return { kind: 'keep', text: side };
  // One side removed it: removed it stays, unless the other side changed it.
  if (side === base) return { kind: 'drop' };
  return ours !== undefined
    ? { kind: 'conflict', ours, theirs: null }
    : { kind: 'conflict', ours: null, theirs: side };
}

export class Items {
  private readonly base: Map<string, Unit>;
  private readonly ours: Map<string, Unit>;
  private readonly theirs: Map<string, Unit>;
  private readonly gaps = new Map<string, string>();

  constructor(
    readings: { base: Reading; ours: Reading; theirs: Reading },
    private readonly fallbackGap: string,
  ) {
    this.base = itemsByKey(readings.base);
    this.ours = itemsByKey(readings.ours);
    this.theirs = itemsByKey(readings.theirs);
    const counts = new Map<string, Map<string, number>>();
    for (const reading of [readings.ours, readings.theirs, readings.base]) {
      reading.units.forEach((unit, i) => {
        const before = reading.units[i - 1];
        if (!unit.item || !before?.item || before.section !== unit.section) return;
        const section = counts.get(unit.section) ?? new Map<string, number>();
        section.set(unit.lead, (section.get(unit.lead) ?? 0) + 1);
        counts.set(unit.section, section);
      });
    }
    for (const [section, leads] of counts) {
      const best = [...leads].reduce((a, b) => (b[1] > a[1] ? b : a));
      this.gaps.set(section, best[0]);
    }
  }

  has(side: SideName | 'base', key: string): boolean {
    return this[side].has(key);
  }

  outcome(key: string): Outcome {
    return pick(this.base.get(key)?.text, this.ours.get(key)?.text, this.theirs.get(key)?.text);
  }

  /** The side whose position an item takes. */
  place(key: string): SideName {
    const ours = this.ours.get(key);
    const theirs = this.theirs.get(key);
    if (!ours) return 'theirs';
    if (!theirs) return 'ours';
    const base = this.base.get(key);
    const movedByTheirs = base && theirs.section !== base.section && ours.section === base.section;
    return movedByTheirs ? 'theirs' : 'ours';
  }

  /** The blank lines between two items of a section, as the section writes them. */
  gap(section: string): string {
    return this.gaps.get(section) ?? this.fallbackGap;
  }
}
