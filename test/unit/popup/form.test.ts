import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src/core/model';
import { fieldsFromTab, withPendingComment } from '../../../src/popup/form';

const categories: Category[] = [
  { id: 'notable-articles', emoji: '', name: 'Notable', order: 0 },
  { id: 'tools', emoji: '', name: 'Tools', order: 1 },
];
const tab = () => fieldsFromTab('https://example.com/a', 'A page', 'tools');

describe('the popup form and its draft', () => {
  it('keeps the draft text but not a category removed since it was chosen', () => {
    const draft = {
      url: 'https://example.com/a',
      comment: 'typed',
      heading: 'Mine',
      categoryId: 'removed-since',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const fields = withPendingComment(tab(), draft, categories);
    expect(fields).toMatchObject({ comment: 'typed', heading: 'Mine', categoryId: 'tools' });
    const kept = withPendingComment(
      tab(),
      { ...draft, categoryId: 'notable-articles' },
      categories,
    );
    expect(kept.categoryId).toBe('notable-articles');
  });
});
