import { describe, expect, it } from 'vitest';
import { captureTooLong, checkClipInput } from '../../../../src/core/capture/clip-input';
import { clipInputFromPage } from '../../../../src/core/capture/from-page';
import { MAX_LINE } from '../../../../src/core/model/limits';

const fields = {
  url: 'https://example.com/a',
  pageTitle: 'A page',
  description: '',
  heading: 'A page',
  comment: '',
  categoryId: 'new-features',
};

describe('the popup’s and the worker’s limits', () => {
  it('a heading typed past its limit is refused with its size, never cut', () => {
    const heading = 'h'.repeat(MAX_LINE + 1);
    expect(checkClipInput({ ...fields, heading })).toEqual({
      ok: false,
      error: expect.stringMatching(/heading is too long \(10,001 characters; the limit is 10,000/),
    });
    expect(captureTooLong({ ...fields, heading })).toEqual({
      field: 'heading',
      length: MAX_LINE + 1,
      max: MAX_LINE,
    });
    expect(checkClipInput({ ...fields, heading: 'h'.repeat(MAX_LINE) })).toMatchObject({
      ok: true,
    });
  });

  it('a page’s megabyte title and description are cut where they are read, so the form shows what is saved', () => {
    const input = clipInputFromPage({
      url: 'https://example.com/a',
      title: 't'.repeat(1_000_000),
      description: 'd'.repeat(1_000_000),
      categoryId: 'tools',
    });
    expect([input.pageTitle.length, input.heading.length, input.description.length]).toEqual([
      MAX_LINE,
      MAX_LINE,
      MAX_LINE,
    ]);
    expect(captureTooLong(input)).toBeNull();
    expect(checkClipInput(input)).toMatchObject({ ok: true });
  });
});
