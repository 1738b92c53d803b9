import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../src/core/markdown/read/import';
import { renderIssue } from '../../../../src/core/markdown/write/render';

// Line shapes of every house style the fixtures show, plus the hostile ones that used to
// break the structure: comments in code, fences in code blocks, headings glued to text.
const LINES = [
  '# Neco Weekly (2022-07-29号)',
  '<script async src="//cdn.embedly.com/widgets/platform.js" charset="UTF-8"></script>',
  '## ✨ New Features',
  '## 👀 Notable Articles',
  '## あとがき',
  '### Argo CD: Applications in any namespace',
  '<a class="embedly-card" data-card-controls="0" href="https://github.com/argoproj/argo-cd/pull/9755">feat: Applications · Pull Request #9755</a>',
  '<blockquote class="embedly-card"><h4><a href="https://grafana.com/x">Release v2.6.0 · grafana/loki</a></h4><p>Query &amp; more</p></blockquote>',
  '### [Bringing forward the End-of-Life Date for Node.js 16](https://nodejs.org/en/blog/x)',
  'Node.js v16 の EOL が 当初の予定より 7 ヶ月早まり',
  'Title: This Week in Rust 453',
  'Number: 453',
  '## Updates from Rust Community',
  '### Observations/Thoughts',
  '* [How To Put 30 Languages Into 1.1MB](https://laurmaedje.github.io/posts/hypher/)',
  '* [audio] [Tauri with Daniel Thompson-Yvetot](https://rustacean-station.org/episode/daniel-thompson/)',
  '* Namespace admins should use [leases instead of configmaps](https://github.com/k/k/pull/111472) for leader elections',
  '  [container probe duration](https://github.com/k/k/pull/104484)',
  '---',
  'title: "Productivity Weekly (2022-07-20号)"',
  'emoji: "🪑"',
  '# news 📺',
  '## Carbon, a new programming language from Google',
  'https://9to5google.com/2022/07/19/carbon-programming-language-google-cpp/',
  '----',
  '<h1 class="site-genre">ヘッドライン</h1>',
  '[github.com/tc39/ecma262](https://github.com/tc39/ecma262 "Release ES2022 · tc39/ecma262")',
  '<p class="jser-tags jser-tag-icon"><span class="jser-tag">ECMAScript</span></p>',
  '- [Introducing Ladle | Ladle](https://www.ladle.dev/blog/introducing-ladle/ "Introducing Ladle")',
  '<!--',
  '-->',
  'text with `<!--` in inline code',
  '```',
  '    ```',
  '    indented code',
  '> a quote',
  '| a | b |',
  '|---|---|',
  'trailing spaces   ',
  '\t',
  '',
  '',
];

const document = fc
  .record({
    lines: fc.array(fc.constantFrom(...LINES), { minLength: 0, maxLength: 40 }),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ lines, crlf, finalNewline }) => {
    const eol = crlf ? '\r\n' : '\n';
    return lines.join(eol) + (finalNewline && lines.length ? eol : '');
  });

describe('any digest-like document', () => {
  it('imports and renders back byte for byte in its detected style (1,000 documents)', () => {
    fc.assert(
      fc.property(document, (markdown) => {
        const { doc, style } = importDocument(markdown);
        expect(renderIssue(doc, style)).toBe(markdown);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('an edited clip changes only its own lines; the rest of the file is untouched', () => {
    fc.assert(
      fc.property(document, fc.nat(), (markdown, pick) => {
        const { doc, style } = importDocument(markdown);
        // An item whose text stands once in the file, so its place in the output is known.
        const once = (text: string) => markdown.indexOf(text) === markdown.lastIndexOf(text);
        const linked = doc.clips.filter((c) => c.url && c.source && once(c.source.text));
        fc.pre(linked.length > 0);
        const target = linked[pick % linked.length];
        if (!target?.source) throw new Error('an imported clip keeps its source');
        const edited = {
          ...doc,
          clips: doc.clips.map((c) => (c === target ? { ...c, heading: 'Edited heading' } : c)),
        };
        const out = renderIssue(edited, style);
        const before = markdown.indexOf(target.source.text);
        expect(before).toBeGreaterThanOrEqual(0);
        // Everything before and after the item is as it was; the item now carries the edit.
        const after = markdown.slice(before + target.source.text.length);
        expect(out.slice(0, before)).toBe(markdown.slice(0, before));
        expect(out.endsWith(after)).toBe(true);
        expect(out.slice(before, out.length - after.length)).toContain('Edited heading');
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
