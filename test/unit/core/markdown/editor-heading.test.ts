/**
 * The editor's own heading is Markdown: inline code, emphasis and links come out as typed,
 * escaped only where they would break out of their place. A heading that is the page's
 * own words (a piece of its title, or the heading suggested from it) stays page text.
 */
import { describe, expect, it } from 'vitest';
import { importIssue } from '../../../../src/core/markdown/read/import';
import { BUILTIN_STYLES } from '../../../../src/core/markdown/style/builtin';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import { counterIds, type IssueDocument } from '../../../../src/core/model';
import { isPageHeading, suggestHeading } from '../../../../src/core/text/page-title';
import {
  allAttributes,
  attr,
  byTag,
  type Element,
  elements,
  markdownToDom,
  textOf,
} from '../../helpers/markdown-html';

const URL = 'https://github.com/rust-lang/rust/pull/93628';
const PR_TITLE = 'Stabilize `let else` by joshtriplett · Pull Request #93628 · rust-lang/rust';

function issue(style: string, heading: string, pageTitle = ''): IssueDocument {
  const stamp = '2024-01-05T09:00:00.000Z';
  return {
    issue: {
      id: 'i',
      title: 'Weekly',
      number: 1,
      date: '2024-01-05',
      header: '',
      intro: '',
      afterwordHeading: '',
      afterword: '',
      style,
      status: 'draft',
      sectionText: {},
      categoryOrder: ['c'],
      createdAt: stamp,
      updatedAt: stamp,
    },
    categories: [{ id: 'c', emoji: '', name: 'Links', order: 0 }],
    clips: [
      {
        id: 'k',
        url: URL,
        pageTitle,
        description: '',
        heading,
        comment: '',
        categoryId: 'c',
        issueId: 'i',
        order: 0,
        createdAt: stamp,
        updatedAt: stamp,
      },
    ],
  };
}

const styleNamed = (name: string) => {
  const style = BUILTIN_STYLES.find((s) => s.name === name);
  if (!style) throw new Error(name);
  return style;
};
const render = (name: string, heading: string, pageTitle = '') =>
  renderIssue(issue(name, heading, pageTitle), styleNamed(name));
const itemLine = (markdown: string, start: string) =>
  markdown.split('\n').find((line) => line.startsWith(start));

describe('whose heading it is', () => {
  it('is the page when the heading is its title, a piece of it, or the suggestion', () => {
    expect(isPageHeading(PR_TITLE, PR_TITLE, URL)).toBe(true);
    expect(isPageHeading(suggestHeading(PR_TITLE, URL), PR_TITLE, URL)).toBe(true);
    expect(isPageHeading('Stabilize', PR_TITLE, URL)).toBe(true);
    const release = 'Release v2.6.0 · grafana/loki';
    expect(isPageHeading('loki v2.6.0', release, 'https://github.com/grafana/loki/releases')).toBe(
      true,
    );
    expect(isPageHeading('  ', PR_TITLE, URL)).toBe(true);
  });

  it("is the editor's when they typed anything else", () => {
    expect(isPageHeading('Stabilize `let else`', '', URL)).toBe(false);
    expect(isPageHeading('Stabilize `let-else` at last', PR_TITLE, URL)).toBe(false);
  });
});

describe("the editor's heading is Markdown", () => {
  it('keeps inline code in a This Week in Rust link', () => {
    expect(itemLine(render('this-week-in-rust', 'Stabilize `let else`'), '* ')).toBe(
      `* [Stabilize \`let else\`](${URL})`,
    );
  });

  it('keeps inline code, emphasis and links in a ### heading', () => {
    const markdown = render(
      'embedly-link',
      'Stabilize `let else`, *finally*: [RFC](https://r.example/)',
    );
    expect(itemLine(markdown, '### ')).toBe(
      '### Stabilize `let else`, *finally*: [RFC](https://r.example/)',
    );
    const h3 = byTag(markdownToDom(markdown), 'h3')[0] as Element;
    expect(elements(h3).map((el) => el.tagName)).toEqual(['code', 'em', 'a']);
    expect(attr(byTag(h3, 'a')[0] as Element, 'href')).toBe('https://r.example/');
  });

  it('is page text when it was suggested from the page title', () => {
    const heading = suggestHeading(PR_TITLE, URL);
    expect(heading).toBe('Stabilize `let else`');
    expect(itemLine(render('this-week-in-rust', heading, PR_TITLE), '* ')).toBe(
      `* [Stabilize &#96;let else&#96;](${URL})`,
    );
  });

  it('escapes only what would break out of its place', () => {
    const twir = (heading: string) => itemLine(render('this-week-in-rust', heading), '* ');
    expect(twir('a ] b [c')).toBe(`* [a \\] b \\[c](${URL})`);
    expect(twir('see [docs](https://d.example/)')).toBe(
      `* [see \\[docs\\](https://d.example/)](${URL})`,
    );
    expect(twir('ends in \\')).toBe(`* [ends in \\\\](${URL})`);
    expect(twir('already \\[escaped\\]')).toBe(`* [already \\[escaped\\]](${URL})`);
    expect(twir('two\nlines')).toBe(`* [two lines](${URL})`);
    expect(twir('x <script>alert(1)</script> <!-- y')).toBe(
      `* [x &lt;script>alert(1)&lt;/script> &lt;!-- y](${URL})`,
    );
    // Inside a code span nothing is markup, so nothing is escaped.
    expect(twir('the `<b>` tag')).toBe(`* [the \`<b>\` tag](${URL})`);
    // A bracket in a code span of link text: written as page text, so it reads back.
    expect(twir('index `a[0]`')).toBe(`* [index &#96;a\\[0\\]&#96;](${URL})`);
    const neco = (heading: string) => itemLine(render('embedly-link', heading), '### ');
    expect(neco('Issue #12 #')).toBe('### Issue #12 &#35;');
    expect(neco('x <img src=x onerror=alert(1)>')).toBe('### x &lt;img src=x onerror=alert(1)>');
  });

  it('an escaped backtick opens no code span that would shelter a tag', () => {
    const line = itemLine(render('embedly-link', '\\`<script>\\`'), '### ');
    expect(line).toBe('### \\`&lt;script>\\`');
  });

  // What an editor might type, hostile or not: whatever it holds, no raw HTML, no handler,
  // no link but http(s), the item keeps its shape, and link text stays one link.
  const TYPED = [
    'x</a><script>alert(1)</script>',
    'evil) [pwn](javascript:x)',
    '"><img src=x onerror=alert(1)>',
    '<javascript:alert(1)>',
    '![t](https://evil/x.png)',
    '[a]: javascript:x',
    '\n## injected section',
    '`</a>` `<script>`',
    '<!-- hidden -->shown',
    'x\\](javascript:alert(1))',
    '*bold* _em_ **strong** ~~gone~~',
    '``` fence',
    '`unclosed <b>',
    'trailing \\',
    '[',
  ];
  for (const style of BUILTIN_STYLES) {
    it(`${style.name}: no markup breaks out of a typed heading`, () => {
      const plain = markdownToDom(render(style.name, 'Plain'));
      const shape = (dom: ReturnType<typeof markdownToDom>) =>
        elements(dom)
          .filter((el) => !['code', 'em', 'strong', 's', 'del', 'a'].includes(el.tagName))
          .map((el) => el.tagName);
      for (const heading of TYPED) {
        const markdown = render(style.name, heading);
        const dom = markdownToDom(markdown);
        for (const tag of ['script', 'img', 'iframe', 'svg', 'style'])
          expect(byTag(dom, tag), markdown).toEqual([]);
        for (const { name, value } of allAttributes(dom)) {
          expect(name.startsWith('on'), markdown).toBe(false);
          if (name === 'href') expect(value, markdown).toMatch(/^https?:\/\//);
        }
        expect(shape(dom), markdown).toEqual(shape(plain));
        const links = byTag(dom, 'a').filter((a) => attr(a, 'href') === URL);
        if (!style.name.startsWith('zenn') && style.name !== 'productivity-weekly')
          expect(links.length, markdown).toBeGreaterThan(0);
        const imported = importIssue(markdown, { now: () => new Date(0), id: counterIds('r') });
        // The item is still one item with its link (the section heading of a Zenn issue
        // with a single section reads as an item of its own, with or without this heading).
        expect(
          imported.clips.filter((clip) => clip.url === URL),
          markdown,
        ).toHaveLength(1);
      }
    });
  }

  // Styles whose card shows the heading when the page title is empty (embedly) read the
  // card back as the page title, and a heading equal to its page's title is page text.
  it('reads back as typed and is written as Markdown again', () => {
    for (const name of ['this-week-in-rust', 'markdown-link', 'lwkd', 'zenn']) {
      const markdown = render(name, 'Stabilize `let else` *now*');
      const read = importIssue(markdown, { now: () => new Date(0), id: counterIds('r') });
      const clip = read.clips.find((c) => c.url === URL);
      if (!clip) throw new Error(`${name}: no clip with the URL`);
      expect(clip.heading, name).toBe('Stabilize `let else` *now*');
      const others = read.clips.filter((c) => c !== clip);
      const edited = {
        ...read,
        clips: [...others, { ...clip, comment: 'edited', source: undefined }],
      };
      const again = renderIssue(edited, styleNamed(name));
      expect(again.includes('Stabilize `let else` *now*'), again).toBe(true);
      expect(textOf(byTag(markdownToDom(again), 'code')[0] as Element)).toBe('let else');
    }
  });
});
