/**
 * Renders Markdown the way a real engine does and hands back the DOM a browser would build,
 * so tests can check what a reader of an issue would get rather than string patterns.
 *
 * - markdown-it with `html: true`, in both its strict `commonmark` preset and its `default`
 *   preset (CommonMark plus GFM tables and strikethrough), since digests are published on
 *   engines of both kinds. Linkify and typographer stay off (CommonMark has neither).
 * - markdown-it's own link filter (`validateLink`, which drops `javascript:` and `data:`
 *   destinations) is switched off: the escaping must be safe on its own, on engines that
 *   filter nothing.
 * - The HTML goes through parse5, a spec-conforming HTML parser, so entity decoding in text
 *   and attributes and the handling of stray tags are the browser's.
 */
import markdownIt, { type MarkdownIt } from 'markdown-it';
import { type DefaultTreeAdapterTypes, parseFragment } from 'parse5';
import { expect } from 'vitest';
import { renderIssue } from '../../../src/core/markdown/write/render';
import type { Clip, IssueDocument } from '../../../src/core/model';

export type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

export const ENGINES = ['commonmark', 'default'] as const;
export type Engine = (typeof ENGINES)[number];

function engine(preset: Engine): MarkdownIt {
  const md = markdownIt(preset, { html: true, linkify: false, typographer: false });
  md.validateLink = () => true;
  return md;
}

const engines: Record<Engine, MarkdownIt> = {
  commonmark: engine('commonmark'),
  default: engine('default'),
};

export function markdownToHtml(markdown: string, preset: Engine = 'commonmark'): string {
  return engines[preset].render(markdown);
}

/** The rendered Markdown as a DOM fragment (what `body.innerHTML = html` would give). */
export function markdownToDom(markdown: string, preset: Engine = 'commonmark') {
  return parseFragment(markdownToHtml(markdown, preset));
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function children(node: Node): Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

/** Every element under `root`, in document order. */
export function elements(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    for (const child of children(node)) {
      if (isElement(child)) found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

export function byTag(root: Node, tag: string): Element[] {
  return elements(root).filter((el) => el.tagName === tag);
}

/** The DOM `textContent`: all descendant text, comments excluded. */
export function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return children(node).map(textOf).join('');
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Every attribute of every element, for checks such as "no `on*` handler anywhere". */
export function allAttributes(root: Node): { tag: string; name: string; value: string }[] {
  return elements(root).flatMap((el) =>
    el.attrs.map((a) => ({ tag: el.tagName, name: a.name, value: a.value })),
  );
}

/** Top-level element tags in order, such as `['h1', 'h2', 'h3', 'p']`. */
export function blockTags(root: Node): string[] {
  return children(root)
    .filter(isElement)
    .map((el) => el.tagName);
}

// Hand-built issues and the expectations for them, written from the spec (model.ts, the
// built-in styles) rather than computed by src code.

export const NOW = '2024-01-05T09:00:00.000Z';
export const ISSUE_TITLE = 'Hostile Weekly 2024-01-05';
export const SECTION = '🔗 Links';

/** The three Neco Weekly styles, whose HTML structure the checks below know by hand. */
export const NECO_STYLES = ['embedly-link', 'embedly-blockquote', 'markdown-link'] as const;
export type NecoStyle = (typeof NECO_STYLES)[number];

export type PageFields = Pick<Clip, 'url' | 'pageTitle' | 'description' | 'heading'>;

/** One issue with one section holding one clip; no header, intro, comment or afterword. */
export function issueWith(fields: PageFields, style: NecoStyle): IssueDocument {
  return {
    issue: {
      id: 'issue-1',
      title: 'Hostile Weekly {date}',
      number: 1,
      date: '2024-01-05',
      header: '',
      intro: '',
      afterwordHeading: '',
      afterword: '',
      style,
      status: 'draft',
      sectionText: {},
      categoryOrder: ['cat-links'],
      createdAt: NOW,
      updatedAt: NOW,
    },
    categories: [{ id: 'cat-links', emoji: '🔗', name: 'Links', order: 0 }],
    clips: [
      {
        id: 'clip-1',
        ...fields,
        comment: '',
        categoryId: 'cat-links',
        issueId: 'issue-1',
        order: 0,
        createdAt: NOW,
        updatedAt: NOW,
      },
    ],
  };
}

/**
 * What a single-line field should read as: line breaks, tabs, C0/C1 controls and U+2028/9
 * become spaces; lone surrogates become U+FFFD. Written per code point, independently of
 * src/core/escape.ts.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += text.slice(i, i + 2);
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) out += '\ufffd';
    else if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f) || unit === 0x2028 || unit === 0x2029)
      out += ' ';
    else out += text[i];
  }
  return out;
}

/**
 * A field counts as given when something visible is left once it is folded to one line:
 * a title of only spaces or line breaks would otherwise make an empty `###` heading, which
 * the reader sees as a blank item and the importer does not read as an item at all.
 */
const given = (text: string) => fold(text).trim() !== '';
const firstGiven = (...texts: string[]) => texts.find(given) ?? texts.at(-1) ?? '';
/** The item heading: the editor's heading, else the page title, else the URL (model.ts). */
export const expectedHeading = (f: PageFields) => firstGiven(f.heading, f.pageTitle, f.url);
/** The card's link text: the page title, else the heading, else the URL. */
export const expectedCardTitle = (f: PageFields) => firstGiven(f.pageTitle, f.heading, f.url);

/** What CommonMark strips from the ends of a heading's content: spaces and tabs only. */
export const headingTrim = (text: string) => text.replace(/^[ \t]+|[ \t]+$/g, '');

const SCHEME = /^https?:\/\//i;
export function isHttpUrl(url: string): boolean {
  return SCHEME.test(url.trim()) && URL.canParse(url.trim());
}

/**
 * Whether two URLs name the same resource: both are parsed as a browser parses an href,
 * then percent-escapes of the printable ASCII characters that escapers and Markdown
 * engines encode for syntax's sake (`"'()<>[]\`^{|}` and space) are decoded on both
 * sides. Everything else, including a character reference that turned into a different
 * character, still counts as a difference.
 */
export function sameResource(a: string, b: string): boolean {
  const canonical = (url: string) =>
    new URL(url.trim()).href.replace(/%(2[0278-9]|3[CE]|5[BCDE]|60|7[BCD])/gi, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
  return canonical(a) === canonical(b);
}

/** Elements a page's text must never produce; the comment, which may, is empty here. */
const FORBIDDEN = ['script', 'img', 'iframe', 'svg', 'object', 'embed', 'style', 'form'];

function expectedBlocks(style: NecoStyle, linked: boolean): string[] {
  if (!linked) return ['h1', 'h2', 'h3'];
  return {
    'embedly-link': ['h1', 'h2', 'h3', 'p'],
    'embedly-blockquote': ['h1', 'h2', 'h3', 'blockquote'],
    'markdown-link': ['h1', 'h2', 'h3'],
  }[style];
}

/** Checks one rendered issue against everything the clip's fields allow. */
export function checkIssue(fields: PageFields, style: NecoStyle, engine: Engine) {
  const markdown = renderIssue(issueWith(fields, style));
  const dom = markdownToDom(markdown, engine);
  const linked = isHttpUrl(fields.url);
  const all = elements(dom);

  // No active content and no event handlers, anywhere.
  for (const tag of FORBIDDEN) expect(byTag(dom, tag), `<${tag}>`).toEqual([]);
  const handlers = allAttributes(dom).filter((a) => a.name.toLowerCase().startsWith('on'));
  expect(handlers).toEqual([]);

  // Links: exactly the one the style writes, to the clip's URL.
  const links = byTag(dom, 'a');
  expect(links).toHaveLength(linked ? 1 : 0);
  for (const a of links) {
    const href = attr(a, 'href') ?? '';
    expect(href).toMatch(/^https?:\/\//i);
    expect(sameResource(href, fields.url), `${href} vs ${fields.url}`).toBe(true);
  }
  for (const { name, value } of allAttributes(dom)) {
    if (name === 'href' || name === 'src') expect(value).toMatch(/^https?:\/\//i);
  }

  // Structure: title, section, item heading and the card; no heading from page text.
  expect(blockTags(dom)).toEqual(expectedBlocks(style, linked));
  const headings = all.filter((el) => /^h[1-6]$/.test(el.tagName)).map((el) => el.tagName);
  const cardHeading = style === 'embedly-blockquote' && linked ? ['h4'] : [];
  expect(headings).toEqual(['h1', 'h2', 'h3', ...cardHeading]);
  expect(textOf(byTag(dom, 'h1')[0] as Element)).toBe(ISSUE_TITLE);
  expect(textOf(byTag(dom, 'h2')[0] as Element)).toBe(SECTION);

  // Meaning: the reader sees the page's text (folded to one line); a Markdown heading
  // drops the spaces at its ends, link text keeps them.
  const h3 = byTag(dom, 'h3')[0] as Element;
  const heading = fold(expectedHeading(fields));
  const cardTitle = fold(expectedCardTitle(fields));
  if (style === 'markdown-link' && linked) {
    expect(h3.childNodes.map((n) => n.nodeName)).toEqual(['a']);
    expect(textOf(links[0] as Element)).toBe(heading);
    expect(elements(links[0] as Element), 'markup inside the link text').toEqual([]);
  } else {
    expect(textOf(h3)).toBe(headingTrim(heading));
    expect(elements(h3), 'markup inside the item heading').toEqual([]);
  }
  if (style === 'embedly-link' && linked) {
    const [a] = links as [Element];
    expect(attr(a, 'class')).toBe('embedly-card');
    expect(textOf(a)).toBe(cardTitle);
    expect(elements(a), 'markup inside the card link').toEqual([]);
  }
  if (style === 'embedly-blockquote' && linked) {
    const [quote] = byTag(dom, 'blockquote') as [Element];
    expect(attr(quote, 'class')).toBe('embedly-card');
    const expectedChildren = fields.description ? ['h4', 'p'] : ['h4'];
    expect(quote.childNodes.map((n) => n.nodeName)).toEqual(expectedChildren);
    expect(textOf(byTag(quote, 'h4')[0] as Element)).toBe(cardTitle);
    expect(elements(byTag(quote, 'h4')[0] as Element).map((el) => el.tagName)).toEqual(['a']);
    if (fields.description) {
      const p = byTag(quote, 'p')[0] as Element;
      expect(textOf(p)).toBe(fold(fields.description));
      expect(elements(p), 'markup inside the description').toEqual([]);
    }
  }
}
