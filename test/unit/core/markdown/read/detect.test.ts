import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_STYLES, importDocument } from '../../../../../src/core/markdown';
import { fitsLine } from '../../../../../src/core/markdown/read/detect';
import { compileTemplate } from '../../../../../src/core/markdown/template/template';

const markdownLink = BUILTIN_STYLES.find((s) => s.name === 'markdown-link');
const issue = `# Issue\n\n${'words and more words in the intro line '.repeat(10)}\n\n## Links\n\n### [A](https://e.com/a)\n\nComment.\n`;

describe('detecting the style of a past issue among the editor’s styles', () => {
  // Its frame line was a regex of eight `.*`: four seconds to refuse a 46-character line,
  // and this 390-character one would never have finished.
  it('weighs a frame of placeholders side by side without trying every split', () => {
    const frame = '# {title}\n\n{v0}{v1}{v2}{v3}{v4}{v5}{v6}{v7}Z\n\n{intro}';
    const custom = { ...markdownLink, name: 'side-by-side', label: 'Mine', frame };
    const found = importDocument(issue, { custom: [custom as (typeof BUILTIN_STYLES)[number]] });
    expect(found.style.name).toBe('markdown-link');
    expect(found.items).toBe(1);
  });

  it('passes over a style too costly for the document and reads it by the next best', () => {
    const item = `### ${'{a}x'.repeat(900)}`;
    const costly = { ...markdownLink, name: 'costly', label: 'Costly', items: [item] };
    const long = `${issue}\n### ${'x'.repeat(2000)}\n`;
    const found = importDocument(long, { custom: [costly as (typeof BUILTIN_STYLES)[number]] });
    expect(found.style.name).toBe('markdown-link');
    expect(() =>
      importDocument(long, { style: costly as (typeof BUILTIN_STYLES)[number] }),
    ).toThrow(/reading stopped: style "costly" has too many placeholders/);
  });

  it('fits a frame line as the regex of its literals and `.*`s did', () => {
    const part = fc.constantFrom('a', 'b', 'ab', ' ', '{x}', '{y}', '{#g}a{/g}');
    const line = fc
      .array(fc.constantFrom('a', 'b', ' ', 'c'), { maxLength: 8 })
      .map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), line, (parts, text) => {
        const source = parts.join('');
        if (source.trim() === '') return;
        const template = compileTemplate(source);
        const lineParts = template.blocks[0]?.lines[0] ?? [];
        const pattern = lineParts
          .map((p) => (p.kind === 'text' ? p.text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : '.*'))
          .join('');
        if (template.blocks.length !== 1 || template.blocks[0]?.lines.length !== 1) return;
        expect(fitsLine(lineParts, text)).toBe(new RegExp(`^${pattern}$`, 'u').test(text));
      }),
      { numRuns: 2000 },
    );
  });
});
