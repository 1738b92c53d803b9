import { describe, expect, it } from 'vitest';
import { findStyle } from '../../../../src/core/markdown';
import { previewHtml } from '../../../../src/options/draft/preview-html';
import { siteRendering } from '../../../../src/options/draft/site-rendering';

/**
 * The rendered preview renders as the style's site does: Zenn escapes HTML and keeps a
 * single line break; GitBook, Jekyll and Pelican sites read CommonMark with its HTML.
 */

const rendering = (name: string) => {
  const style = findStyle(name);
  if (!style) throw new Error(`no style ${name}`);
  return siteRendering(style);
};

const COMMENT = '<details><summary>More</summary>\n\nHidden text\n\n</details>';

describe('which site renders each built-in style', () => {
  it.each([
    ['zenn', 'zenn'],
    ['productivity-weekly', 'zenn'],
    ['this-week-in-rust', 'commonmark-html'],
    ['lwkd', 'commonmark-html'],
    ['embedly-link', 'commonmark-html'],
  ])('%s renders as %s', (name, expected) => {
    expect(rendering(name)).toBe(expected);
  });
});

describe('a comment with <details>', () => {
  it('is text on Zenn, as Zenn publishes it', () => {
    const html = previewHtml(`### Item\n\n${COMMENT}\n`, rendering('zenn'));
    expect(html).not.toContain('<details>');
    expect(html).toContain('&lt;details&gt;&lt;summary&gt;More&lt;/summary&gt;');
  });

  it('is a widget on a CommonMark site with HTML (This Week in Rust)', () => {
    const html = previewHtml(`### Item\n\n${COMMENT}\n`, rendering('this-week-in-rust'));
    expect(html).toContain('<details><summary>More</summary>');
    expect(html).toContain('<p>Hidden text</p>');
    expect(html).not.toContain('&lt;details');
  });
});

describe('a single line break', () => {
  const text = 'First line\nsecond line\n';

  it('is a <br> on Zenn', () => {
    expect(previewHtml(text, 'zenn')).toBe('<p>First line<br>\nsecond line</p>\n');
  });

  it('joins the lines on a CommonMark site', () => {
    expect(previewHtml(text, 'commonmark-html')).toBe('<p>First line\nsecond line</p>\n');
  });
});

describe('a URL alone on its line', () => {
  const url = 'https://api.example.com/repos?per_page=100&page=2';

  it('is linked on Zenn (its card rule draws it as a card), the URL unchanged', () => {
    const html = previewHtml(`${url}\n`, 'zenn');
    expect(html).toBe(
      '<p><a href="https://api.example.com/repos?per_page=100&amp;page=2">https://api.example.com/repos?per_page=100&amp;page=2</a></p>\n',
    );
  });

  it('stays text on a CommonMark site without linkify', () => {
    expect(previewHtml(`${url}\n`, 'commonmark-html')).not.toContain('<a ');
  });
});

it('front matter is left out for both', () => {
  const text = '---\ntitle: "T"\ntopics: [a]\n---\n\nBody\n';
  expect(previewHtml(text, 'zenn')).toBe('<p>Body</p>\n');
  expect(previewHtml(text, 'commonmark-html')).toBe('<p>Body</p>\n');
});
