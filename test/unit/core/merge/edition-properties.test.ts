import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEditions } from '../../../../src/core/merge/editions';
import {
  type Edition,
  edition,
  item,
  linksOf,
  render,
  type Shape,
  title,
  withAdded,
} from './edition-gen';

/**
 * The edition merge's promises on generated editions, in a tight and a loose house style:
 * a side that changed nothing gives the other side back byte for byte; the order of the
 * sides changes no item; items both sides add are all kept, each once; edits of different
 * items never conflict.
 */

const additions = (prefix: string) =>
  fc.array(fc.record({ at: fc.nat(), section: fc.nat(), item: item(prefix) }), {
    minLength: 1,
    maxLength: 6,
  });

const sorted = (list: string[]) => [...list].sort();

describe.each<Shape>(['twir', 'pw'])('edition merge properties (%s)', (shape) => {
  it('a side that changed nothing, or both alike, gives the other back byte for byte', () => {
    fc.assert(
      fc.property(edition('b'), additions('y'), (base, added) => {
        const b = render(base, shape);
        const y = render(withAdded(base, added), shape);
        expect(mergeEditions(b, b, y).text).toBe(y);
        expect(mergeEditions(b, y, b).text).toBe(y);
        expect(mergeEditions(b, y, y).text).toBe(y);
      }),
      { numRuns: 40 },
    );
  });

  it('both sides adding items to random sections: all of them, each once, no conflict', () => {
    let byItems = 0;
    fc.assert(
      fc.property(edition('b'), additions('o'), additions('t'), (base, ours, theirs) => {
        const o = withAdded(base, ours);
        const t = withAdded(base, theirs);
        const merged = mergeEditions(render(base, shape), render(o, shape), render(t, shape));
        expect(merged.clean).toBe(true);
        if (merged.style) byItems++;
        const want = [...linksOf(render(o, shape)), ...ours.concat(theirs).map((a) => a.item.url)];
        expect(sorted(linksOf(merged.text))).toEqual(sorted([...new Set(want)]));
        // The order of the sides changes no item.
        const swapped = mergeEditions(render(base, shape), render(t, shape), render(o, shape));
        expect(sorted(linksOf(swapped.text))).toEqual(sorted(linksOf(merged.text)));
      }),
      { numRuns: 40 },
    );
    // Most runs conflict line by line (both append to one section) and merge by items.
    expect(byItems).toBeGreaterThan(0);
  });

  it('edits of different items on each side never conflict, and both are kept', () => {
    const base = edition('e').filter((e) => e.sections.flatMap((s) => s.items).length >= 2);
    fc.assert(
      fc.property(
        base,
        fc.nat(),
        fc.nat(),
        title,
        title,
        additions('o'),
        (b, i, j, t1, t2, added) => {
          const all = b.sections.flatMap((s) => s.items);
          const first = i % all.length;
          const second = (first + 1 + (j % (all.length - 1))) % all.length;
          const retitle = (e: Edition, k: number, text: string): Edition => {
            let n = 0;
            return {
              sections: e.sections.map((s) => ({
                ...s,
                items: s.items.map((it) => (n++ === k ? { ...it, title: `${text} (edited)` } : it)),
              })),
            };
          };
          const o = withAdded(retitle(b, first, t1), added);
          const t = retitle(b, second, t2);
          const merged = mergeEditions(render(b, shape), render(o, shape), render(t, shape));
          expect(merged.clean).toBe(true);
          expect(merged.text).toContain(`${t1} (edited)`);
          expect(merged.text).toContain(`${t2} (edited)`);
        },
      ),
      { numRuns: 40 },
    );
  });
});
