import { Classifier } from '../diff3/line-merge';
import { mergeRegions } from '../diff3/regions';
import { type Placed, placeFrom, type Ref } from './placed';
import type { Items } from './resolve';

/**
 * One stretch of an edition that the two sides changed, merged unit by unit. The lines that
 * are not items (headings, text, the frame) merge as git merges lines, a conflict where
 * both sides changed the same ones. Each item then goes back under the line it stood
 * under on its side: items of both sides under the same line are all kept, each once, ours
 * first; an item that both sides follow from the same place keeps that order.
 */

interface TextEntry {
  placed: Placed;
}

const lineTexts = (refs: Ref[]) =>
  refs.map((ref, k) => `${k ? ref.unit.lead : ''}${ref.unit.text}`);

function textConflict(base: Ref[], ours: Ref[], theirs: Ref[]): Placed {
  const first = ours[0]?.unit ?? theirs[0]?.unit;
  return {
    item: false,
    section: first?.section ?? '',
    key: '',
    text: '',
    leads: { ours: first?.lead ?? '' },
    conflict: { ours: lineTexts(ours), theirs: lineTexts(theirs), base: lineTexts(base) },
  };
}

/** Each line that stays, its side, and its index among that side's lines of the stretch. */
type Settled = { ref: Ref; side: 'ours' | 'theirs'; k: number }[];

/**
 * Lines both sides changed where no line was changed two ways: a side that only removed
 * lines the other rewrote gives way to the rewrite (nothing written is lost), and sides that
 * each rewrote other lines of the same stretch, line for line, both count.
 */
function settle(base: Ref[], ours: Ref[], theirs: Ref[]): Settled | null {
  const from = (side: 'ours' | 'theirs', refs: Ref[]) => refs.map((ref, k) => ({ ref, side, k }));
  if (ours.length === 0) return from('theirs', theirs);
  if (theirs.length === 0) return from('ours', ours);
  if (ours.length !== base.length || theirs.length !== base.length) return null;
  const out: Settled = [];
  for (let k = 0; k < base.length; k++) {
    const [b, o, t] = [base[k], ours[k], theirs[k]] as [Ref, Ref, Ref];
    if (o.unit.key !== b.unit.key && t.unit.key !== b.unit.key && o.unit.key !== t.unit.key)
      return null;
    out.push(
      o.unit.key === b.unit.key ? { ref: t, side: 'theirs', k } : { ref: o, side: 'ours', k },
    );
  }
  return out;
}

function keysOf(refs: Ref[], classifier: Classifier): Int32Array {
  return classifier.classes(refs.map((r) => r.unit.key));
}

/** The merged lines, and after which of them each side's lines now stand. */
function mergeText(base: Ref[], ours: Ref[], theirs: Ref[], items: Items) {
  const classifier = new Classifier();
  const regions = mergeRegions(
    keysOf(base, classifier),
    keysOf(ours, classifier),
    keysOf(theirs, classifier),
  );
  const entries: TextEntry[] = [];
  const oursAt = new Int32Array(ours.length).fill(-1);
  const theirsAt = new Int32Array(theirs.length).fill(-1);
  const add = (placed: Placed | null) => {
    if (placed) entries.push({ placed });
  };
  const mark = (list: Int32Array, from: number, to: number, unset = false) => {
    for (let k = from; k < to; k++) if (!unset || list[k] === -1) list[k] = entries.length - 1;
  };
  for (const r of regions) {
    if (r.kind === 'conflict') {
      const sides = {
        b: base.slice(r.b0, r.b1),
        o: ours.slice(r.o0, r.o1),
        t: theirs.slice(r.t0, r.t1),
      };
      const settled = settle(sides.b, sides.o, sides.t);
      if (settled) {
        for (const { ref, side, k } of settled) {
          add(placeFrom(side, ref, items));
          const list = side === 'ours' ? oursAt : theirsAt;
          list[(side === 'ours' ? r.o0 : r.t0) + k] = entries.length - 1;
        }
        mark(oursAt, r.o0, r.o1, true);
        mark(theirsAt, r.t0, r.t1, true);
        continue;
      }
      entries.push({ placed: textConflict(sides.b, sides.o, sides.t) });
      mark(oursAt, r.o0, r.o1);
      mark(theirsAt, r.t0, r.t1);
      continue;
    }
    const fromTheirs = r.kind === 'theirs';
    for (let k = 0; k < (fromTheirs ? r.t1 - r.t0 : r.o1 - r.o0); k++) {
      const ref = fromTheirs ? (theirs[r.t0 + k] as Ref) : (ours[r.o0 + k] as Ref);
      const placed = placeFrom(fromTheirs ? 'theirs' : 'ours', ref, items);
      if (placed && (r.kind === 'stable' || r.kind === 'same')) placed.t = theirs[r.t0 + k]?.at;
      add(placed);
      if (fromTheirs) theirsAt[r.t0 + k] = entries.length - 1;
      else oursAt[r.o0 + k] = entries.length - 1;
      if (r.kind === 'stable' || r.kind === 'same') theirsAt[r.t0 + k] = entries.length - 1;
    }
    if (r.kind === 'ours') mark(theirsAt, r.t0, r.t1);
    if (r.kind === 'theirs') mark(oursAt, r.o0, r.o1);
  }
  return { entries, oursAt, theirsAt };
}

/** Each side's items, grouped by the merged line they now stand after (-1: before all). */
function slots(refs: Ref[], textAt: Int32Array): Map<number, Ref[]> {
  const map = new Map<number, Ref[]>();
  let line = -1;
  let slot = -1;
  for (const ref of refs) {
    if (!ref.unit.item) {
      line++;
      slot = textAt[line] ?? -1;
      continue;
    }
    const list = map.get(slot) ?? [];
    list.push(ref);
    map.set(slot, list);
  }
  return map;
}

/**
 * Ours' items in their order, with theirs' placed after the nearest item they follow on
 * their side, past any items ours added there. The list is linked, and the item theirs
 * last had in it is carried along, so each of theirs costs the items it steps past, each
 * stepped past once, rather than a search and a shift of the whole list.
 */
function mergeSlot(ours: Ref[], theirs: Ref[], baseKeys: Set<string>, items: Items): Ref[] {
  const nodes = ours.filter((r) => items.place(r.unit.key) === 'ours');
  const next = nodes.map((_, i) => (i + 1 < nodes.length ? i + 1 : -1));
  let head = nodes.length ? 0 : -1;
  const nodeOf = new Map(nodes.map((r, i) => [r.unit.key, i]));
  const keys = new Set(ours.map((r) => r.unit.key));
  let anchor = -1;
  for (const ref of theirs) {
    const key = ref.unit.key;
    if (!keys.has(key) && items.place(key) === 'theirs') {
      let before = anchor;
      let at = before < 0 ? head : (next[before] as number);
      while (at >= 0 && !baseKeys.has((nodes[at] as Ref).unit.key)) {
        before = at;
        at = next[at] as number;
      }
      const node = nodes.push(ref) - 1;
      next.push(at);
      if (before < 0) head = node;
      else next[before] = node;
      nodeOf.set(key, node);
      keys.add(key);
    }
    anchor = nodeOf.get(key) ?? anchor;
  }
  const list: Ref[] = [];
  for (let at = head; at >= 0; at = next[at] as number) list.push(nodes[at] as Ref);
  return list;
}

export function mergeRegion(base: Ref[], ours: Ref[], theirs: Ref[], items: Items): Placed[] {
  const text = (refs: Ref[]) => refs.filter((r) => !r.unit.item);
  const merged = mergeText(text(base), text(ours), text(theirs), items);
  const oursSlots = slots(ours, merged.oursAt);
  const theirsSlots = slots(theirs, merged.theirsAt);
  const baseKeys = new Set(base.map((r) => r.unit.key));
  const baseUnits = new Map(base.map((r) => [r.unit.key, r.unit]));
  const out: Placed[] = [];
  for (let slot = -1; slot < merged.entries.length; slot++) {
    if (slot >= 0) out.push((merged.entries[slot] as TextEntry).placed);
    const o = oursSlots.get(slot) ?? [];
    const t = theirsSlots.get(slot) ?? [];
    const list = mergeSlot(o, t, baseKeys, items);
    for (const ref of list) {
      const side = items.place(ref.unit.key);
      const placed = placeFrom(side, ref, items, baseUnits.get(ref.unit.key));
      if (placed) out.push(placed);
    }
  }
  return out;
}
