import { describe, expect, it } from 'vitest';
import { importIssue } from '../../../../src/core/markdown/read/import';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import { counterIds } from '../../../../src/core/model';
import { expectGolden, readFixture } from '../../helpers/golden';
import { NECO_STYLES } from '../../helpers/markdown-html';

const frozen = () => new Date('2026-11-20T09:00:00.000Z');
const sample = readFixture('sample-issue.md');
const doc = () => importIssue(sample, { now: frozen, id: counterIds('t') });

describe('the project sample issue', () => {
  it('round-trips byte for byte with the detected style', () => {
    expect(doc().issue.style).toBe('embedly-link');
    expect(renderIssue(doc())).toBe(sample);
  });

  it('parses the issue fields', () => {
    const { issue, categories } = doc();
    expect(issue.title).toBe('Team Digest ({date}号)');
    expect(issue.date).toBe('2026-11-20');
    expect(issue.number).toBe(12);
    expect(issue.header).toContain('<script async');
    expect(issue.intro.startsWith('Links the platform team')).toBe(true);
    expect(issue.afterwordHeading).toBe('あとがき');
    expect(issue.afterword).toBe('See you next week. 🎉');
    expect(categories.map((c) => [c.emoji, c.name])).toEqual([
      ['🧭', 'About this digest'],
      ['✨', 'New Features'],
      ['👀', 'Notable Articles'],
    ]);
    expect(issue.sectionText[categories[0]?.id ?? '']).toContain('Text under a section');
  });

  it('parses every card into a clip and keeps the rest verbatim', () => {
    const { clips, categories } = doc();
    const [, features, notable] = categories;
    expect(clips.map((c) => [c.heading, c.url, c.categoryId])).toEqual([
      ['Widget 2.0 [beta] released', 'https://example.com/widget/2.0?a=1&b=2', features?.id],
      ['No card here', '', features?.id],
      ['Misleveled item', 'https://example.org/misleveled', notable?.id],
      ['Two cards', 'https://example.net/one', notable?.id],
    ]);
    expect(clips[0]?.pageTitle).toBe('Widget 2.0 "Lightning" & more | Example Blog');
    expect(clips[0]?.comment).toContain('trailing spaces.  \n');
    expect(clips[0]?.comment).toContain('## not a heading');
    expect(clips[1]?.comment).toBe('Only a note, kept verbatim.');
    // A hand-made line is kept in the item's exact source text.
    expect(clips[2]?.source?.text.split('\n')[0]).toBe('## Misleveled item');
    expect(clips[3]?.lead).toBe('Some lead text before the card.');
    expect(clips[3]?.source?.text).toMatch(
      /^<a class="embedly-card" href="[^"]*">One without controls/m,
    );
    expect(clips[3]?.comment).toContain('Second card stays in the comment');
  });

  for (const preset of NECO_STYLES) {
    it(`renders as ${preset} like the golden file`, () => {
      expectGolden(`sample-issue.${preset}.md`, renderIssue(doc(), preset));
    });
  }

  it('writes the hand-made ## item as ### in a style other than its own', () => {
    const out = renderIssue(doc(), 'embedly-blockquote');
    expect(out).toContain('### Misleveled item\n');
    expect(out).not.toMatch(/^## Misleveled item/m);
  });
});
