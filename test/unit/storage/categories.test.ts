import { describe, expect, it } from 'vitest';
import { categoryLabel } from '../../../src/core/model';
import {
  listCategories,
  reorderCategories,
  saveCategory,
} from '../../../src/storage/categories/categories';
import { freshDb } from './fresh-db';

describe('categories', () => {
  it('starts a new install with the three default sections, in order', async () => {
    const categories = await listCategories(freshDb());
    expect(categories.map((c) => categoryLabel(c))).toEqual([
      '✨ New Features',
      '👀 Notable Articles',
      '🛠️ Tools, Frameworks, Libraries',
    ]);
    expect(categories.map((c) => c.order)).toEqual([0, 1, 2]);
    expect([...(categories[2]?.emoji ?? '')].map((ch) => ch.codePointAt(0))).toEqual([
      0x1f6e0, 0xfe0f,
    ]);
    expect(new Set(categories.map((c) => c.id)).size).toBe(3);
  });

  it('seeds the defaults once, not on every open', async () => {
    const db = freshDb();
    const [first] = await listCategories(db);
    if (!first) throw new Error('no default categories');
    await saveCategory({ ...first, name: 'Features' }, db);
    const again = await listCategories(db);
    expect(again).toHaveLength(3);
    expect(again[0]?.name).toBe('Features');
  });

  it('lists saved categories by their order', async () => {
    const db = freshDb();
    await saveCategory({ id: 'books', emoji: '📘', name: 'Books', order: 1.5 }, db);
    await saveCategory({ id: 'events', emoji: '🤝', name: 'Events', order: -1 }, db);
    expect((await listCategories(db)).map((c) => c.name)).toEqual([
      'Events',
      'New Features',
      'Notable Articles',
      'Books',
      'Tools, Frameworks, Libraries',
    ]);
  });

  it('reorders in one write, keeping unlisted categories after the listed ones', async () => {
    const db = freshDb();
    const result = await reorderCategories(['tools', 'unknown', 'new-features'], db);
    const stored = await listCategories(db);
    expect(stored.map((c) => c.id)).toEqual(['tools', 'new-features', 'notable-articles']);
    expect(stored.map((c) => c.order)).toEqual([0, 1, 2]);
    expect(result).toEqual(stored);
  });
});
