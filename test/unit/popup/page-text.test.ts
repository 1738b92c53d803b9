import { describe, expect, it } from 'vitest';
import { checkClipInput } from '../../../src/core/capture/clip-input';
import { suggestHeading } from '../../../src/core/capture/title';
import { fieldsFromTab } from '../../../src/popup/form';

const BIDI = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
const input = (over: Record<string, string>) => ({
  url: 'https://example.com/a',
  pageTitle: '',
  description: '',
  heading: '',
  comment: '',
  categoryId: 'tools',
  ...over,
});
const value = (over: Record<string, string>) => {
  const checked = checkClipInput(input(over));
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
};
const isWellFormed = (text: string) =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

describe('page text on save', () => {
  it('loses every bidi embedding, override and isolate, in titles, headings and descriptions', () => {
    const hostile = `Invoice ${BIDI.join('')}fdp.exe\u202e gnp.txt`;
    const saved = value({ pageTitle: hostile, heading: hostile, description: hostile });
    for (const field of [saved.pageTitle, saved.heading, saved.description]) {
      for (const mark of BIDI)
        expect(field.includes(mark), `U+${mark.charCodeAt(0).toString(16)}`).toBe(false);
      expect(field).toBe('Invoice fdp.exe gnp.txt');
    }
    expect(suggestHeading(hostile)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(fieldsFromTab('https://example.com/a', hostile, 'tools').pageTitle).toBe(
      'Invoice fdp.exe gnp.txt',
    );
  });

  it('a title cut at 10,000 characters never ends in half a character', () => {
    for (const pad of [9_999, 10_000]) {
      const title = `${'a'.repeat(pad)}${'😀'.repeat(10)}`;
      const saved = value({ pageTitle: title });
      // Page text is cut where it is read, so the form shows the heading it suggests whole.
      const shown = fieldsFromTab('https://example.com/a', title, 'tools');
      for (const text of [saved.pageTitle, shown.pageTitle, shown.heading]) {
        expect(isWellFormed(text)).toBe(true);
        expect(text.length).toBeLessThanOrEqual(10_000);
        expect(title.startsWith(text)).toBe(true);
      }
      // The heading is the editor's: past its limit it is refused, never cut.
      expect(checkClipInput(input({ heading: title })).ok).toBe(false);
    }
  });
});
