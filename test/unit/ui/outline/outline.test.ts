import { describe, expect, it } from 'vitest';
import type { Category } from '../../../../src/core/model';
import { outlineKey } from '../../../../src/ui/outline/keys';
import {
  bulkMoves,
  firstRows,
  focusAfterRemoving,
  type OutlineSection,
  stepPlace,
} from '../../../../src/ui/outline/model';
import { makeClip } from '../../helpers/backup-data';

const category = (id: string, order: number): Category => ({ id, emoji: '', name: id, order });
/** Sections a: [a1, a2], b: [], c: [c1]. */
const sections: OutlineSection[] = [
  {
    category: category('a', 0),
    clips: ['a1', 'a2'].map((id) => makeClip({ id, categoryId: 'a' })),
  },
  { category: category('b', 1), clips: [] },
  { category: category('c', 2), clips: [makeClip({ id: 'c1', categoryId: 'c' })] },
];

/** What the outline shows after the steps, applied as storage's one-clip move does. */
function apply(steps: ReturnType<typeof bulkMoves>, start: OutlineSection[]) {
  const lists = new Map(start.map((s) => [s.category.id, s.clips.map((c) => c.id)]));
  for (const step of steps) {
    for (const list of lists.values()) {
      const at = list.indexOf(step.clipId);
      if (at !== -1) list.splice(at, 1);
    }
    lists.get(step.categoryId)?.splice(step.index, 0, step.clipId);
  }
  return Object.fromEntries(lists);
}

describe('the outline model', () => {
  it('steps a clip within its section, then across section edges, empty ones included', () => {
    expect(stepPlace(sections, 'a1', 1)).toEqual({ categoryId: 'a', index: 1 });
    expect(stepPlace(sections, 'a2', 1)).toEqual({ categoryId: 'b', index: 0 });
    expect(stepPlace(sections, 'c1', -1)).toEqual({ categoryId: 'b', index: 0 });
    expect(stepPlace(sections, 'a1', -1)).toBeNull();
    expect(stepPlace(sections, 'c1', 1)).toBeNull();
  });

  it('moves a group together, in order, to its final position', () => {
    expect(apply(bulkMoves(sections, ['c1', 'a1'], 'a', 1), sections)).toEqual({
      a: ['a2', 'c1', 'a1'],
      b: [],
      c: [],
    });
    expect(apply(bulkMoves(sections, ['a2', 'a1'], 'a', 0), sections).a).toEqual(['a2', 'a1']);
    expect(apply(bulkMoves(sections, ['a1', 'a2'], 'c', 0), sections)).toEqual({
      a: [],
      b: [],
      c: ['a1', 'a2', 'c1'],
    });
  });

  it('gives focus to the next clip left, else the previous', () => {
    const ids = ['a1', 'a2', 'c1'];
    expect(focusAfterRemoving(ids, new Set(['a2']), 'a2')).toBe('c1');
    expect(focusAfterRemoving(ids, new Set(['a2', 'c1']), 'a2')).toBe('a1');
    expect(focusAfterRemoving(ids, new Set(ids), 'a1')).toBeNull();
  });
});

describe('the outline keys', () => {
  const key = (k: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey', boolean>> = {}) =>
    outlineKey({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });
  it('maps the keys the ? dialog lists', () => {
    expect(key('j')).toEqual({ type: 'focus', delta: 1, extend: false });
    expect(key('K', { shiftKey: true })).toEqual({ type: 'focus', delta: -1, extend: true });
    expect(key('ArrowDown', { altKey: true })).toEqual({ type: 'move', delta: 1 });
    expect(key('3')).toEqual({ type: 'file', nth: 3 });
    expect(key('0')).toBeNull();
    expect(key('e')).toEqual({ type: 'edit', comment: false });
    expect(key('c')).toEqual({ type: 'edit', comment: true });
    expect(key('Delete')).toEqual({ type: 'delete' });
    // Browser and system shortcuts stay theirs.
    expect(key('j', { ctrlKey: true })).toBeNull();
  });
});

describe('the first screen of rows', () => {
  const ids = (rows: { id: string }[][]) => rows.map((list) => list.map((c) => c.id));
  it('takes the sections in order until the limit, then leaves the rest empty', () => {
    expect(ids(firstRows(sections, 1))).toEqual([['a1'], [], []]);
    expect(ids(firstRows(sections, 2))).toEqual([['a1', 'a2'], [], []]);
    expect(ids(firstRows(sections, 3))).toEqual([['a1', 'a2'], [], ['c1']]);
  });
  it('takes everything when the limit is past the last clip', () => {
    expect(ids(firstRows(sections, Number.POSITIVE_INFINITY))).toEqual([['a1', 'a2'], [], ['c1']]);
    expect(ids(firstRows(sections, 0))).toEqual([[], [], []]);
  });
});
