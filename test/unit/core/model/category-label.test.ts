import { describe, expect, it } from 'vitest';
import { importIssue } from '../../../../src/core/markdown';
import { categoryLabel } from '../../../../src/core/model';

describe('a section label is built one way everywhere', () => {
  it('joins emoji and name with one space, and leaves none when either is missing', () => {
    expect(categoryLabel({ emoji: '✨', name: 'New' })).toBe('✨ New');
    expect(categoryLabel({ emoji: '✨', name: '' })).toBe('✨');
    expect(categoryLabel({ emoji: '', name: 'New' })).toBe('New');
  });

  it('labels an emoji-only heading as the reader labels it', () => {
    const doc = importIssue('## ✨\n\n### Title\n\n{% embed url="https://example.com/a" %}\n', {
      now: () => new Date('2022-07-22T00:00:00Z'),
    });
    const layout = doc.issue.layout;
    const section = layout?.spans.find((span) => span.kind === 'section');
    const category = doc.categories[0];
    expect(section && 'label' in section ? section.label : null).toBe('✨');
    expect(category && categoryLabel(category)).toBe('✨');
  });
});
