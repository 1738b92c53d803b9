import { describe, expect, it } from 'vitest';
import {
  checkClipInput,
  MAX_COMMENT_LENGTH,
  quoteSelection,
} from '../../../../src/core/capture/clip-input';
import type { ClipInput } from '../../../../src/core/messages';

const input = (over: Partial<ClipInput> = {}): ClipInput => ({
  url: 'https://example.com/a',
  pageTitle: 'A page',
  description: '',
  heading: 'A page',
  comment: '',
  categoryId: 'new-features',
  ...over,
});

describe('checkClipInput', () => {
  it('refuses unsafe or broken URLs with the reason', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      '',
      'not a url',
      'file:///etc/passwd',
    ]) {
      const result = checkClipInput(input({ url }));
      expect(result.ok, url).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
    }
  });

  it('folds newlines and control characters out of single-line fields', () => {
    const result = checkClipInput(
      input({
        pageTitle: 'Line one\n## injected\u0000\u202e',
        heading: '  a\tb  ',
        description: 'x\r\ny',
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      value: { pageTitle: 'Line one ## injected', heading: 'a b', description: 'x y' },
    });
  });

  it('keeps a 1 MB comment byte for byte, and refuses one over the limit with its size', () => {
    const big = `${'x'.repeat(1_000_000)}  \n\n\`\`\`\ncode\n\`\`\`\n`;
    expect(checkClipInput(input({ comment: big }))).toMatchObject({
      ok: true,
      value: { comment: big },
    });
    const tooBig = checkClipInput(input({ comment: 'y'.repeat(MAX_COMMENT_LENGTH + 1) }));
    expect(tooBig).toEqual({
      ok: false,
      error: expect.stringMatching(/too long \(2,000,001 characters/),
    });
  });

  it('needs a category', () => {
    expect(checkClipInput(input({ categoryId: '' }))).toEqual({
      ok: false,
      error: 'Choose a category.',
    });
  });
});

describe('quoteSelection', () => {
  it('quotes every line and keeps blank lines inside the quote', () => {
    expect(quoteSelection('  first\r\n\nsecond  ')).toBe('> first\n>\n> second');
    expect(quoteSelection('   ')).toBe('');
  });
});
