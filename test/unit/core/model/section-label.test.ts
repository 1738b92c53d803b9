import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importIssue, renderIssue } from '../../../../src/core/markdown';
import { readerLabel } from '../../../../src/core/markdown/read/label';
import { categoryLabel, shownName } from '../../../../src/core/model';
import { requireShared, sharedFixture } from '../../helpers/shared-fixtures';

/**
 * A section named by a Markdown link shows as the link's text wherever the editor reads it
 * (popup, side panel, Move to, the section list, the outline); only the Markdown keeps it.
 */

describe('a section name shown on screen', () => {
  it.each([
    [
      '[Call for Testing](https://github.com/rust-lang/rfcs/issues?q=label%3Acall-for-testing)',
      'Call for Testing',
    ],
    ['[Tracking Issues & PRs](https://x.test/?q=a+b)', 'Tracking Issues & PRs'],
    ['[With a title](https://x.test/ "Title")', 'With a title'],
    ['[Angle](<https://x.test/a b>)', 'Angle'],
    ['[Parens](https://en.wikipedia.org/wiki/Rust_(language))', 'Parens'],
    ['[Escaped \\] bracket](https://x.test/)', 'Escaped ] bracket'],
    ['[Nested [one]](https://x.test/)', 'Nested [one]'],
    ['Read [the RFC](https://x.test/) first', 'Read the RFC first'],
    ['![logo](https://x.test/l.png) Tools', 'logo Tools'],
  ])('%s -> %s', (name, shown) => {
    expect(shownName(name)).toBe(shown);
  });

  it.each([
    'Plain name',
    '[Not a link]',
    '[Reference][ref]',
    'a](b)',
    '[text] (https://space-before-paren.test/)',
  ])('%s stays as written', (name) => {
    expect(shownName(name)).toBe(name);
  });

  it('the reader names a heading that is one link by the same rule', () => {
    const name = '[Escaped \\] bracket](https://x.test/)';
    expect(readerLabel('', name).name).toBe(shownName(name));
    expect(readerLabel('', name).name).toBe('Escaped ] bracket');
  });

  it('the emoji stays before the shown name; the Markdown form keeps the link', () => {
    const category = { emoji: '🦀', name: '[RFCs](https://x.test/rfcs)' };
    expect(categoryLabel(category)).toBe('🦀 RFCs');
    expect(categoryLabel(category, 'markdown')).toBe('🦀 [RFCs](https://x.test/rfcs)');
  });
});

const TWIR = 'this-week-in-rust-453-2022-07-27.md';
const present = requireShared(TWIR);

describe.skipIf(!present)('This Week in Rust sections', () => {
  it('show as text and the issue is still written back unchanged', () => {
    const markdown = readFileSync(sharedFixture(TWIR), 'utf8');
    const doc = importIssue(markdown);
    const shown = doc.categories.map((c) => categoryLabel(c));
    expect(shown).toContain('Tracking Issues & PRs');
    expect(shown).toContain('New and Updated RFCs');
    expect(shown.filter((label) => /\]\(|https?:/.test(label))).toEqual([]);
    expect(renderIssue(doc)).toBe(markdown);
  });
});
