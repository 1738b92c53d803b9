import { describe, expect, it } from 'vitest';
import type { Clip } from '../../../../src/core/model';
import { itemFieldOf, unsavedText } from '../../../../src/options/draft/unsaved-edits';

const opened: Clip = {
  id: 'k',
  url: 'https://example.com/talk',
  pageTitle: 'A talk',
  description: '',
  heading: 'A talk',
  comment: 'Said before.',
  categoryId: 'c',
  issueId: 'i',
  order: 0,
  createdAt: '2024-01-05T09:00:00.000Z',
  updatedAt: '2024-01-05T09:00:00.000Z',
  extra: { prefix: '[audio] ' },
};
const values = {
  heading: opened.heading,
  url: opened.url,
  pageTitle: opened.pageTitle,
  description: opened.description,
  comment: opened.comment,
};
const label = (field: string) => field.toUpperCase();

describe("an open editor's unsaved item fields", () => {
  it('are told from the clip fields by their ids', () => {
    const input = (id: string) => Object.assign(new EventTarget(), { id });
    expect(itemFieldOf(input('edit-k-extra-prefix'), 'edit-k')).toBe('prefix');
    expect(itemFieldOf(input('edit-k-comment'), 'edit-k')).toBeNull();
    expect(itemFieldOf(input('edit-j-extra-prefix'), 'edit-k')).toBeNull();
  });

  it('are in the text kept when the clip leaves, when they changed', () => {
    const typed = { opened, values, field: 'comment' as const, extra: { prefix: '[video]' } };
    expect(unsavedText(typed, label)).toBe('prefix: [video]');
    const comment = { ...typed, values: { ...values, comment: 'New words.' } };
    expect(unsavedText(comment, label)).toBe('COMMENT: New words.\nprefix: [video]');
    // The field shows the stored `[audio] ` without its space: that is no change.
    const same = { ...comment, extra: { prefix: '[audio]' } };
    expect(unsavedText(same, label)).toBe('New words.');
  });
});
