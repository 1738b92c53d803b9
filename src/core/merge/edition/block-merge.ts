import { Classifier, conflictText } from '../diff3/line-merge';
import { mergeRegions, type Region } from '../diff3/regions';
import type { Placed, Ref } from './placed';
import { mergeRegion } from './region-merge';
import type { Items } from './resolve';
import type { Unit } from './units';

/**
 * A block of the edition that git's line merge could not settle, merged by its units: the
 * sequence of units (items by identity, other lines by their text) merges three ways; a
 * stretch both sides kept stays, each stretch a side changed goes through the region merge.
 * Then the blank lines: each item keeps the lead it had after the unit it follows, and an
 * item that now follows an item it never followed is spaced as its section spaces items.
 */

/** One conflict left in the text, as the merge reports it. */
export interface EditionConflict {
  section: string;
  ours: string;
  theirs: string;
  base: string;
}

const refs = (units: Unit[]): Ref[] => units.map((unit, at) => ({ unit, at }));

function stable(
  b: Unit,
  o: Unit,
  t: Unit,
  at: { o: number; t: number },
  items: Items,
): Placed | null {
  const lead = o.lead === b.lead ? t.lead : o.lead;
  const placed: Placed = {
    item: o.item,
    section: o.section,
    key: o.key,
    text: o.text,
    o: at.o,
    t: at.t,
    leads: { ours: lead, theirs: t.lead, base: b.lead },
  };
  if (!o.item) return placed;
  const outcome = items.outcome(o.key);
  if (outcome.kind === 'keep') return { ...placed, text: outcome.text };
  if (outcome.kind === 'drop') return null;
  const list = (text: string | null) => (text === null ? [] : [text]);
  return {
    ...placed,
    conflict: { ours: list(outcome.ours), theirs: list(outcome.theirs), base: [b.text] },
  };
}

/** The units of a block in their merged order. */
export function placeBlock(base: Unit[], ours: Unit[], theirs: Unit[], items: Items): Placed[] {
  const classifier = new Classifier();
  const key = (units: Unit[]) => classifier.classes(units.map((u) => u.key));
  const regions: Region[] = mergeRegions(key(base), key(ours), key(theirs));
  const rb = refs(base);
  const ro = refs(ours);
  const rt = refs(theirs);
  const out: Placed[] = [];
  for (const r of regions) {
    if (r.kind === 'stable') {
      for (let k = 0; k < r.o1 - r.o0; k++) {
        const at = { o: r.o0 + k, t: r.t0 + k };
        const b = base[r.b0 + k] as Unit;
        const placed = stable(b, ours[at.o] as Unit, theirs[at.t] as Unit, at, items);
        if (placed) out.push(placed);
      }
    } else {
      out.push(
        ...mergeRegion(rb.slice(r.b0, r.b1), ro.slice(r.o0, r.o1), rt.slice(r.t0, r.t1), items),
      );
    }
  }
  const seen = new Set<string>();
  return out.filter((p) => {
    if (!p.item) return true;
    if (seen.has(p.key)) return false;
    seen.add(p.key);
    return true;
  });
}

function follows(before: Placed | undefined, unit: Placed): 'ours' | 'theirs' | null {
  if (!before) return null;
  if (before.o !== undefined && unit.o === before.o + 1 && unit.leads.ours !== undefined)
    return 'ours';
  if (before.t !== undefined && unit.t === before.t + 1 && unit.leads.theirs !== undefined)
    return 'theirs';
  return null;
}

function leadOf(placed: Placed[], k: number, items: Items): string {
  const unit = placed[k] as Placed;
  const before = placed[k - 1];
  const own = unit.leads.ours ?? unit.leads.theirs ?? unit.leads.base ?? '';
  const side = follows(before, unit);
  if (side) return unit.leads[side] ?? own;
  if (unit.item && before?.item && before.section === unit.section) return items.gap(unit.section);
  return own;
}

/** The block as text, each unit ending with `eol`, and the conflicts it holds. */
export function writeBlock(
  placed: Placed[],
  items: Items,
  eol: string,
): { text: string; conflicts: EditionConflict[] } {
  let text = '';
  const conflicts: EditionConflict[] = [];
  const lines = (list: string[]) => list.map((line) => `${line}${eol}`);
  placed.forEach((unit, k) => {
    text += leadOf(placed, k, items);
    if (!unit.conflict) {
      text += `${unit.text}${eol}`;
      return;
    }
    const { ours, theirs, base } = unit.conflict;
    text += conflictText(lines(ours), lines(theirs), eol);
    const joined = (list: string[]) => lines(list).join('');
    conflicts.push({
      section: unit.section,
      ours: joined(ours),
      theirs: joined(theirs),
      base: joined(base),
    });
  });
  return { text, conflicts };
}
