import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src/core/model';
import { fieldsFromTab, whyNotClippable, withPendingComment } from '../../../src/popup/form';

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

describe('which tabs the popup clips', () => {
  it('clips web pages, whatever the case of the scheme', () => {
    expect(whyNotClippable('https://example.com/a')).toBeUndefined();
    expect(whyNotClippable('http://127.0.0.1:8080/')).toBeUndefined();
    expect(whyNotClippable('HTTPS://EXAMPLE.COM/')).toBeUndefined();
  });

  it('says the address is hidden when the browser gave none', () => {
    expect(whyNotClippable('')).toBe('popupNoAddress');
  });

  it('says only web pages can be clipped for browser pages, files and its own pages', () => {
    for (const url of [
      'chrome://newtab/',
      'about:blank',
      'file:///home/editor/notes.html',
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop/src/options/index.html',
      'moz-extension://0b5c1e52-5d43-4b8e-9a36-6a1f0e1b2c3d/src/options/index.html',
      'javascript:alert(1)',
      'httpx://example.com/',
    ]) {
      expect(whyNotClippable(url), url).toBe('popupNotWebPage');
    }
  });
});
