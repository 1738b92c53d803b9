/**
 * Every place a custom style can put a variable is either escaped for that place or
 * refused when the style is loaded. Page text made live through a style's HTML (an
 * unquoted or single-quoted attribute, a `<script>`) was the hole.
 */
import { describe, expect, it } from 'vitest';
import { parseStyle } from '../../../../src/core/markdown/style/parse';
import type { HouseStyle } from '../../../../src/core/markdown/style/schema';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import type { IssueDocument } from '../../../../src/core/model';
import { allAttributes, byTag, elements, markdownToDom } from '../../helpers/markdown-html';

const HOSTILE = [
  `x' onmouseover='alert(1)' y='`,
  'x" onmouseover="alert(1)" y="',
  'x onmouseover=alert(1)',
  '"><script>alert(1)</script><img src=x onerror=alert(1)>',
  "';alert(1);//",
  '</script><script>alert(1)</script>',
  '--><img src=x onerror=alert(1)>',
  '</textarea><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '`</a>` ``',
  '\n## forged',
];

function styleWith(item: string): ReturnType<typeof parseStyle> {
  return parseStyle({
    version: 1,
    name: 'custom-contexts',
    label: 'Contexts',
    frame: '# {title}',
    section: '## {name}',
    items: [item],
  });
}

function issueWith(style: HouseStyle, text: string): IssueDocument {
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
      style: style.name,
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
        url: 'https://ok.example/a?b=1',
        pageTitle: text,
        description: text,
        heading: '',
        comment: 'Comment.',
        categoryId: 'c',
        issueId: 'i',
        order: 0,
        createdAt: stamp,
        updatedAt: stamp,
      },
    ],
  };
}

const REFUSED: [string, string][] = [
  ['<span title={pageTitle}>x</span>', 'without quotes'],
  ['<span title=x{pageTitle}>x</span>', 'without quotes'],
  ['<span {pageTitle}>x</span>', 'inside a tag'],
  ['<script>var t = "{pageTitle}";</script>', 'inside <script>'],
  ['<script>\nvar t = "{pageTitle}";\n</script>', 'inside <script>'],
  ['<style>/* {description} */</style>', 'inside <style>'],
  ['<!-- {pageTitle} -->', 'inside an HTML comment'],
  ['<a onclick="go(\'{pageTitle}\')">x</a>', 'onclick attribute'],
  ['<span style="color: {pageTitle}">x</span>', 'style attribute'],
  ['<a href="{pageTitle}">x</a>', 'href attribute'],
  ['<iframe srcdoc="{pageTitle}"></iframe>', 'srcdoc attribute'],
  ['### x\n\nsee `{pageTitle}`', 'code span'],
  ['### x\n\n```\n{pageTitle}\n```', 'fenced code block'],
  ['[x](https://ok.example/{pageTitle})', "link's destination"],
  ['<p data-note="{comment}">x</p>', 'attribute'],
];

describe('a custom style is refused where no escaping makes a variable safe', () => {
  for (const [item, why] of REFUSED) {
    it(`${JSON.stringify(item)}: ${why}`, () => {
      const parsed = styleWith(item);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toContain(why);
    });
  }
});

// Each accepted place, with the context it is escaped for.
const ACCEPTED = [
  '<span title="{pageTitle}">x</span>', // attr
  "<span title='{pageTitle}'>x</span>", // attr-single
  '<a href="{url}" title="by {pageTitle}">x</a>', // url-attr, attr after text
  "<a href='{url}'>x</a>", // url-attr-single
  '<a href="https://ok.example/?u={url}&t={pageTitle}">x</a>', // url mid-value, attr
  '<img alt="{pageTitle}" src="{url}">', // attr, url-attr
  '<textarea>{pageTitle}</textarea>', // RCDATA: html
  '<p class="t">{pageTitle}</p>', // html
  '### {heading}\n\n{description}', // heading, inline alone in its paragraph
  '- [{pageTitle}]({url} "{description}")', // link-text, url-dest, link-title
  '{url}', // url-bare
  '<{url}>', // autolink
];

const FORBIDDEN = ['script', 'img', 'iframe', 'svg', 'style', 'textarea'];

describe('everywhere else the variable is escaped for where it stands', () => {
  for (const item of ACCEPTED) {
    it(`${JSON.stringify(item)}: hostile page text stays text`, () => {
      const parsed = styleWith(item);
      if (!parsed.ok) throw new Error(parsed.error);
      const plain = markdownToDom(renderIssue(issueWith(parsed.value, 'Plain'), parsed.value));
      const shape = (root: ReturnType<typeof markdownToDom>) =>
        elements(root).map((el) => `${el.tagName}(${el.attrs.map((a) => a.name).join(',')})`);
      for (const text of HOSTILE) {
        const markdown = renderIssue(issueWith(parsed.value, text), parsed.value);
        const dom = markdownToDom(markdown);
        for (const tag of FORBIDDEN) {
          const allowed = byTag(plain, tag).length;
          expect(byTag(dom, tag).length, markdown).toBe(allowed);
        }
        expect(shape(dom), markdown).toEqual(shape(plain));
        for (const { name, value } of allAttributes(dom)) {
          expect(name.startsWith('on'), markdown).toBe(false);
          if (name === 'href' || name === 'src') expect(value, markdown).toMatch(/^https:\/\//);
        }
      }
    });
  }

  it("a single-quoted attribute holds the page's text whole", () => {
    const parsed = styleWith("<span title='{pageTitle}'>x</span>");
    if (!parsed.ok) throw new Error(parsed.error);
    const text = `it's "quoted" & <b>`;
    const dom = markdownToDom(renderIssue(issueWith(parsed.value, text), parsed.value));
    const span = byTag(dom, 'span')[0];
    expect(span?.attrs).toEqual([{ name: 'title', value: text }]);
  });
});
