import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_STYLES } from '../../../../../src/core/markdown/style/builtin';
import { compileStyle } from '../../../../../src/core/markdown/style/compile';
import {
  matchTemplate,
  ReadBudget,
  ReadLimitError,
} from '../../../../../src/core/markdown/template/match';
import { compileTemplate } from '../../../../../src/core/markdown/template/template';
import { regexMatch } from '../../../helpers/regex-template';

// Characters that mean something to one context or another, and a few that mean nothing.
const CHARS = [
  'a',
  'b',
  ' ',
  '\t',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '"',
  '\\',
  '#',
  '\n',
  ':',
  '/',
  'é',
  '😀',
  '\r',
  '\u2028',
  '\u00a0',
];
const NAMES = ['heading', 'pageTitle', 'comment', 'lead', 'prefix', 'url', 'extra', 'site'];
const LITERALS = [
  '[',
  '](',
  ')',
  ' ',
  '<a href="',
  "<a title='",
  "'>",
  '">',
  '</a>',
  '"',
  ' "',
  '\n',
  '\n\n',
  '### ',
  '* ',
  'x',
  'https://',
  '<',
  '>',
];

const piece = fc.oneof(
  fc.constantFrom(...LITERALS),
  fc.constantFrom(...NAMES).map((name) => `{${name}}`),
  fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...LITERALS), fc.constantFrom(...NAMES))
    .map(([group, text, name]) => `{#${group}}${text}{${name}}{/${group}}`),
  // A group that may match nothing, which a regex's `(?:…)?` never takes empty.
  fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES))
    .map(([group, name]) => `{#${group}}{${name}}{/${group}}`),
);
const source = fc
  .array(piece, { minLength: 1, maxLength: 6 })
  .map((pieces) => pieces.join(''))
  .filter((text) => text.trim() !== '');
const value = fc.array(fc.constantFrom(...CHARS, 'http://a.b', 'https://x'), { maxLength: 6 });

/** A text shaped like the template: its literals kept, its placeholders filled at random. */
const shaped = (template: string) =>
  fc.array(value, { minLength: 12, maxLength: 12 }).map((values) => {
    let n = 0;
    return template
      .replace(/\{[#/]\w+\}/g, '')
      .replace(/\{\w+\}/g, () => (values[n++ % 12] ?? []).join(''));
  });

describe('matchTemplate reads as the regular expressions did', () => {
  it('gives the same values as the regex reading for random templates and texts', () => {
    fc.assert(
      fc.property(
        source.chain((text) =>
          fc.tuple(
            fc.constant(text),
            fc.oneof(
              shaped(text),
              value.map((v) => v.join('')),
            ),
          ),
        ),
        fc.constantFrom(0, 1, 2, 5),
        ([text, item], lowest) => {
          let template: ReturnType<typeof compileTemplate>;
          try {
            template = compileTemplate(text);
          } catch {
            return;
          }
          const trimmed = item.replace(/\n+$/, '');
          expect(matchTemplate(template, trimmed, lowest)).toEqual(
            regexMatch(template, trimmed, lowest),
          );
        },
      ),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('agrees with it on every built-in item and section template over their own items', () => {
    const items = [
      '### Title\n\n<a class="embedly-card" data-card-controls="0" href="https://e.com/?a=1&amp;b=2">A &amp; B</a>\n\nComment\n\nmore',
      '## Title\n\nLead text\n\n<blockquote class="embedly-card"><h4><a href="https://e.com/">T</a></h4><p>D</p></blockquote>\n\nC',
      '### [Heading [with] brackets](https://e.com/a_(b)) \n\ncomment',
      '* [tag] [other] [Title](<https://e.com/x y>)',
      '* Some sentence [Title](https://e.com/) after it.',
      '### [#123: Heading](https://github.com/k/k/pull/123)\n\nbody',
      '## Heading\n[e.com/x](https://e.com/x "Page \\"title\\"")\n<p class="jser-tags jser-tag-icon">a, b</p>\n\nC',
      '## Heading\n@[card](https://e.com/)\n\nC',
      '## ✨ New Features',
      '# Name 🔥',
    ];
    for (const style of BUILTIN_STYLES) {
      const compiled = compileStyle(style);
      for (const template of [...compiled.items, compiled.section])
        for (const item of items)
          for (const lowest of [1, 2, 3])
            expect(matchTemplate(template, item, lowest)).toEqual(
              regexMatch(template, item, lowest),
            );
    }
  });
});

describe('matchTemplate in bounded time', () => {
  // Eight placeholders side by side made the regex engine try every split of the line: 36 s
  // for one 60-character item. Z is there, but the heading after it cannot cross the line
  // break, so every split fails. A reading costs at most one pass per step, and the budget
  // throws past that, so these tests fail rather than hang if it ever backtracks again.
  const hostile = compileTemplate('* {v0}{v1}{v2}{v3}{v4}{v5}{v6}{v7}Z{heading}');
  const passes = (steps: number, text: string) =>
    new ReadBudget(steps * (text.length + 1), 'hostile');

  it('reads placeholders side by side within one pass per step, however long the line', () => {
    const text = `* ${'item with some words '.repeat(500)}Z\nmore`;
    expect(matchTemplate(hostile, text, 0, passes(11, text))).toBeNull();
    const one = `* ${'item with some words '.repeat(500)}Z more`;
    const values = matchTemplate(hostile, one, 0, passes(11, one));
    expect(values?.v0).toBe('');
    expect(values?.v7).toBe(one.slice(2, one.indexOf('Z')));
    expect(values?.heading).toBe(' more');
  });

  it('stops with a clear error once the budget is spent', () => {
    const text = `* ${'x'.repeat(1000)}Z more`;
    // Eleven steps: the literal `* `, eight placeholders, `Z` and the heading.
    expect(matchTemplate(hostile, text, 0, passes(11, text))).not.toBeNull();
    const short = () => matchTemplate(hostile, text, 0, passes(10, text));
    expect(short).toThrow(ReadLimitError);
    expect(short).toThrow(/style "hostile" has too many placeholders/);
  });
});
