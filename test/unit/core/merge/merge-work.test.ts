import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findStyle } from '../../../../src/core/markdown';
import type { Ref } from '../../../../src/core/merge/edition/placed';
import { mergeRegion } from '../../../../src/core/merge/edition/region-merge';
import { Items } from '../../../../src/core/merge/edition/resolve';
import { readUnits } from '../../../../src/core/merge/edition/units';
import { mergeEditions } from '../../../../src/core/merge/editions';

/**
 * The item merge's work grows with the editions, not with their square: counted as reads of
 * the units and regions it walks, on generated editions of two sizes (four times apart), so
 * the test is deterministic and says nothing about a machine's speed. Linear work reads about
 * four times as much on the larger input; a pass over the whole edition for each block, or
 * a search of the merged list for each item, reads about sixteen times as much.
 */

const reads = vi.hoisted(() => ({ count: 0 }));

/** An array whose elements count as read each time one is taken. */
const counted = <T extends object>(list: T[]): T[] =>
  new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++;
      return Reflect.get(target, key, receiver);
    },
  });

vi.mock('../../../../src/core/merge/edition/units', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../src/core/merge/edition/units')>();
  return {
    ...real,
    readUnits: (...args: Parameters<typeof real.readUnits>) => {
      const reading = real.readUnits(...args);
      return { ...reading, units: counted(reading.units) };
    },
  };
});

vi.mock('../../../../src/core/merge/diff3/regions', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../src/core/merge/diff3/regions')>();
  return {
    ...real,
    toRegions: (...args: Parameters<typeof real.toRegions>) => counted(real.toRegions(...args)),
  };
});

beforeEach(() => {
  reads.count = 0;
});

const bullet = (side: string, s: number, i: number) =>
  `* [${side} ${s}-${i}](https://example.com/${side}/${s}/${i})\n`;

/** A This Week in Rust edition with `sections` sections of three items, `added` more each. */
function twir(sections: number, side = '', added = 0): string {
  const head =
    'Title: This Week in Rust 600\nNumber: 600\nDate: 2025-01-01\nCategory: This Week in Rust\n\nHello and welcome.\n\n## Updates from Rust Community\n';
  const body = Array.from({ length: sections }, (_, s) => {
    const own = [0, 1, 2].map((i) => bullet('item', s, i));
    const more = Array.from({ length: added }, (_, i) => bullet(side, s, i));
    return `\n### Section ${s}\n${[...own, ...more].join('')}`;
  });
  return `${head}${body.join('')}\n## Quote of the Week\n\nNone.\n`;
}

describe('the work of the item merge', () => {
  it('grows linearly with the number of sections both sides appended to', () => {
    const work = (sections: number) => {
      reads.count = 0;
      const merged = mergeEditions(
        twir(sections),
        twir(sections, 'ours', 1),
        twir(sections, 'theirs', 1),
      );
      expect(merged.clean).toBe(true);
      expect(merged.conflicts).toHaveLength(0);
      expect(merged.text.match(/\(https:\/\/example\.com\/(ours|theirs)\//g)).toHaveLength(
        2 * sections,
      );
      return reads.count;
    };
    const small = work(40);
    const large = work(160);
    expect(small).toBeGreaterThan(0);
    expect(large / small, `reads ${small} then ${large}`).toBeLessThan(6);
  });

  it('grows linearly with the items both sides appended to one section', () => {
    const style = findStyle('this-week-in-rust');
    if (!style) throw new Error('no built-in style this-week-in-rust');
    const work = (added: number) => {
      const [base, ours, theirs] = [twir(1), twir(1, 'ours', added), twir(1, 'theirs', added)].map(
        (text) => readUnits(text, style),
      ) as [
        ReturnType<typeof readUnits>,
        ReturnType<typeof readUnits>,
        ReturnType<typeof readUnits>,
      ];
      const items = new Items({ base, ours, theirs }, '');
      let count = 0;
      // Each side's units as the region merge takes them, counting every look at a unit.
      const refs = (units: readonly Ref['unit'][]): Ref[] =>
        units.map((unit, at) => ({
          at,
          get unit() {
            count++;
            return unit;
          },
        }));
      const placed = mergeRegion(refs(base.units), refs(ours.units), refs(theirs.units), items);
      expect(placed.filter((p) => p.item)).toHaveLength(3 + 2 * added);
      return count;
    };
    const small = work(100);
    const large = work(400);
    expect(large / small, `reads ${small} then ${large}`).toBeLessThan(6);
  });
});
