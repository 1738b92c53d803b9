import MarkdownIt from 'markdown-it';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../src/core/markdown/read/import';
import { BUILTIN_STYLES } from '../../../../src/core/markdown/style/builtin';
import { parseStyle } from '../../../../src/core/markdown/style/parse';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import type { Category, Clip, Issue, IssueDocument } from '../../../../src/core/model';

describe('structure comes from CommonMark', () => {
  it('a `<!--` inside inline code does not hide the rest of the issue', () => {
    const markdown = [
      '## ✨ New Features',
      '',
      '### One',
      '',
      '<a class="embedly-card" data-card-controls="0" href="https://a.example/">A</a>',
      '',
      'Write `<!--` to open a comment.',
      '',
      '### Two',
      '',
      '<a class="embedly-card" data-card-controls="0" href="https://b.example/">B</a>',
      '',
    ].join('\n');
    const { doc } = importDocument(markdown);
    expect(doc.clips.map((c) => c.url)).toEqual(['https://a.example/', 'https://b.example/']);
  });

  it('a fence line indented inside a code block forges no afterword', () => {
    const markdown = [
      '## ✨ New Features',
      '',
      '### One',
      '',
      '<a class="embedly-card" data-card-controls="0" href="https://a.example/">A</a>',
      '',
      '    ```',
      '    ## あとがき',
      '',
      '### Two',
      '',
      '<a class="embedly-card" data-card-controls="0" href="https://b.example/">B</a>',
      '',
    ].join('\n');
    const { doc } = importDocument(markdown);
    expect(doc.issue.afterword).toBe('');
    expect(doc.clips).toHaveLength(2);
  });
});

const HOSTILE = [
  'x</a><script>alert(1)</script>',
  'evil) [pwn](javascript:alert(1))',
  ')![t](https://evil.example/p.png)',
  '![',
  '"><img src=x onerror=alert(1)>',
  '<!--',
  '\n## forged heading',
  '` code `` * _ ~ \\',
  'Issue #12 ##',
];
const URLS = [
  'https://ok.example/a?x=1&y=2',
  'https://ok.example/)![t](https://evil.example/p.png)',
  'javascript:alert(1)',
];

const md = new MarkdownIt('default', { html: true });

function doc(clip: Partial<Clip>): IssueDocument {
  const category: Category = { id: 'c', emoji: '✨', name: 'News', order: 0 };
  const issue: Issue = {
    id: 'i',
    title: 'T',
    number: 1,
    date: '2022-07-29',
    header: '',
    intro: '',
    afterwordHeading: '',
    afterword: '',
    style: 'embedly-link',
    status: 'draft',
    sectionText: {},
    categoryOrder: ['c'],
    createdAt: '2022-07-29T00:00:00Z',
    updatedAt: '2022-07-29T00:00:00Z',
  };
  const base: Clip = {
    id: 'k',
    url: 'https://ok.example/',
    pageTitle: 'P',
    description: 'D',
    heading: 'H',
    comment: '',
    categoryId: 'c',
    issueId: 'i',
    order: 0,
    createdAt: issue.createdAt,
    updatedAt: issue.createdAt,
  };
  return { issue, categories: [category], clips: [{ ...base, ...clip }] };
}

/** Every element and attribute the browser would build from the rendered Markdown. */
function elements(html: string): { tag: string; attrs: { name: string; value: string }[] }[] {
  const out: { tag: string; attrs: { name: string; value: string }[] }[] = [];
  const walk = (node: {
    nodeName: string;
    attrs?: { name: string; value: string }[];
    childNodes?: unknown[];
  }) => {
    if (node.attrs) out.push({ tag: node.nodeName, attrs: node.attrs });
    for (const child of node.childNodes ?? []) walk(child as typeof node);
  };
  walk(parseFragment(html) as never);
  return out;
}

const custom = parseStyle({
  version: 1,
  name: 'custom-links',
  label: 'A custom style',
  frame: '# {title}\n\n{intro}',
  section: '## {name}',
  items: ['- [{heading}]({url}) ({site}): {description}\n\n  {comment}'],
});

describe('page text stays page text in every style', () => {
  const styles = [...BUILTIN_STYLES, ...(custom.ok ? [custom.value] : [])];
  it('the custom style is valid', () => expect(custom.ok).toBe(true));
  for (const style of styles) {
    it(`${style.name}: hostile titles, descriptions and URLs make no markup, no foreign link and no extra block`, () => {
      for (const text of HOSTILE) {
        for (const url of URLS) {
          const html = md.render(
            renderIssue(doc({ heading: text, pageTitle: text, description: text, url }), style),
          );
          const found = elements(html);
          for (const element of found) {
            expect(['script', 'img', 'iframe', 'style'], html).not.toContain(element.tag);
            for (const attr of element.attrs) {
              expect(attr.name.startsWith('on'), html).toBe(false);
              if (attr.name === 'href')
                expect(attr.value, html).toMatch(/^https:\/\/ok\.example\//);
            }
          }
          // The title's `## forged heading` shows as text, never as a heading of its own.
          expect(html, style.name).not.toMatch(/<h[1-6]>forged heading<\/h[1-6]>/);
          expect(html).not.toMatch(/href="https:\/\/evil/);
        }
      }
    });
  }
});

describe('a style file', () => {
  it('is refused with the reason when a template is broken', () => {
    const broken = parseStyle({
      ...BUILTIN_STYLES[0],
      name: 'broken',
      items: ['### {heading}{#url}'],
    });
    expect(broken).toEqual({ ok: false, error: expect.stringContaining('{#url} is never closed') });
    const noItems = parseStyle({ ...BUILTIN_STYLES[0], name: 'none', items: [] });
    expect(noItems.ok).toBe(false);
  });
});
