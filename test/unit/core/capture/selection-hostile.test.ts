/**
 * A page's selection becomes a quote in the comment (the menu and the popup). The
 * selection is page text: rendered through a real Markdown engine with HTML allowed and
 * parsed as a browser would, it must add no element but the quote, and read as it did.
 */
import { describe, expect, it } from 'vitest';
import { quoteSelection } from '../../../../src/core/capture/clip-input';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import type { Clip } from '../../../../src/core/model';
import {
  allAttributes,
  blockTags,
  byTag,
  ENGINES,
  elements,
  issueWith,
  markdownToDom,
  textOf,
} from '../../helpers/markdown-html';

const SELECTIONS = [
  '<img src=x onerror=alert(1)>',
  'before <script>alert(1)</script> after',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<style>body{display:none}</style>',
  '<!--',
  '![t](https://evil.example/x.png) [click](javascript:alert(1))',
  '[a]: javascript:alert(1)',
  '# not a heading\n- not a list\n1. not ordered\n===',
  '&lt;b&gt; Tom & Jerry *stars* `code`',
];
const FORBIDDEN = ['script', 'img', 'iframe', 'style', 'svg', 'a', 'h1', 'ul', 'ol', 'em'];

describe('a quoted selection', () => {
  for (const engine of ENGINES) {
    for (const selection of SELECTIONS) {
      it(`${engine}: ${JSON.stringify(selection)} is one inert quote reading as the page text`, () => {
        const dom = markdownToDom(quoteSelection(selection), engine);
        expect(blockTags(dom)).toEqual(['blockquote']);
        for (const tag of FORBIDDEN) expect(byTag(dom, tag), `<${tag}>`).toEqual([]);
        expect(allAttributes(dom)).toEqual([]);
        const quote = byTag(dom, 'blockquote')[0];
        const lines = selection.split('\n').map((line) => line.trim());
        // Line breaks inside one paragraph read as spaces (soft breaks).
        expect(
          textOf(quote as never)
            .replace(/\s+/g, ' ')
            .trim(),
        ).toBe(lines.join(' '));
        expect(elements(quote as never).map((el) => el.tagName)).toEqual(['p']);
      });
    }
  }

  it('a selected "<!--" does not hide the items after it', () => {
    const document = issueWith(
      { url: 'https://example.com/a', pageTitle: 'A', description: '', heading: 'A' },
      'markdown-link',
    );
    const first = document.clips[0] as Clip;
    const second: Clip = {
      ...first,
      id: 'clip-2',
      url: 'https://example.com/b',
      heading: 'Second item',
      order: 1,
    };
    document.clips = [{ ...first, comment: quoteSelection('<!--') }, second];
    for (const engine of ENGINES) {
      const dom = markdownToDom(renderIssue(document), engine);
      expect(byTag(dom, 'h3').map((h) => textOf(h))).toEqual(['A', 'Second item']);
    }
  });
});
