/**
 * The URL a reader finds in a rendered issue is the clip's URL, in every built-in style.
 *
 * The reader is markdown-it: for the Zenn styles with Zenn's settings (linkify on, raw HTML
 * off, single line breaks kept), where a bare URL line becomes the link; for the others as
 * a CommonMark site with its HTML (GitBook, Jekyll, Pelican). The HTML it writes goes
 * through parse5, so attribute decoding is the browser's. Found and expected URLs are
 * compared as a browser compares them, by `new URL(…).href`, which also percent-encodes
 * spaces and non-ASCII the way the written URL does.
 *
 * The expected URL is the clip's, with only the deliberate encodings that the escaping
 * documents (src/core/text/url-escape.ts) applied, written out here independently:
 * - a destination or a bare URL: a `(` or `)` without its partner becomes %28 or %29;
 * - a bare URL: the `;` closing `&name`, `&#1` or `&#x1` becomes %3B; where linkify would
 *   end the link, a `?` right after a `?`, a run of two or more dots not followed by a
 *   letter, digit, `%`, `/` or `&`, and a trailing run of `.` `,` `;` `!` `?` `'` `*` are
 *   percent-encoded.
 */
import fc from 'fast-check';
import markdownIt from 'markdown-it';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { BUILTIN_STYLES } from '../../../../src/core/markdown/style/builtin';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import type { IssueDocument } from '../../../../src/core/model';
import { attr, byTag } from '../../helpers/markdown-html';

const zennReader = markdownIt({ linkify: true, html: false, breaks: true });
const siteReader = markdownIt('default', { html: true });

type Where = 'attribute' | 'destination' | 'bare';

function whereOf(style: string): Where {
  if (style === 'zenn' || style === 'productivity-weekly') return 'bare';
  return style.startsWith('embedly-') ? 'attribute' : 'destination';
}

function lonePartners(text: string): Set<number> {
  const open: number[] = [];
  const lone = new Set<number>();
  [...text].forEach((c, i) => {
    if (c === '(') open.push(i);
    if (c === ')' && open.pop() === undefined) lone.add(i);
  });
  for (const i of open) lone.add(i);
  return lone;
}

// White space around the URL is not part of it (a browser trims it as well).
function expected(given: string, where: Where): string {
  const url = given.trim();
  if (where === 'attribute') return new URL(url).href;
  const origin = /^https:\/\/[^/?#]*/.exec(url)?.[0] ?? '';
  // Spaces are %20 for every reader (a browser encodes them so too), before the rules below.
  const chars = [...url.slice(origin.length).replaceAll(' ', '%20')];
  const lone = lonePartners(chars.join(''));
  let rest = chars.map((c, i) => (lone.has(i) ? (c === '(' ? '%28' : '%29') : c)).join('');
  if (where === 'bare') {
    rest = rest.replace(/(&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*));/g, '$1%3B');
    const hex = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
    const all = (run: string) => [...run].map(hex).join('');
    rest = rest
      .replace(/(?<=\?)\?/g, hex)
      .replace(/\.{2,}(?![A-Za-z0-9%/&])/g, all)
      .replace(/[.,;!?'*]+$/, all);
  }
  return new URL(origin + rest).href;
}

function issueWith(url: string, style: string): IssueDocument {
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
        url,
        pageTitle: 'Page',
        description: 'About',
        heading: 'Heading',
        comment: 'A comment.',
        categoryId: 'c',
        issueId: 'i',
        order: 0,
        createdAt: stamp,
        updatedAt: stamp,
      },
    ],
  };
}

/** Every link's href the reader's page has, as the browser resolves it. */
function linksFound(markdown: string, where: Where): string[] {
  const html = (where === 'bare' ? zennReader : siteReader).render(markdown);
  return byTag(parseFragment(html), 'a').flatMap((a) => {
    const href = attr(a, 'href');
    return href === undefined ? [] : [new URL(href).href];
  });
}

/**
 * A URL with its escaped unreserved characters (letters, digits, `-._~`) written plainly:
 * RFC 3986 makes the two spellings the same address, so `%2E%2E` (written where a reader
 * would cut the dots off) and `..` (left where it would not) both are the clip's URL.
 */
function unreserved(url: string): string {
  return url.replace(/%([0-9A-Fa-f]{2})/g, (code, hex: string) => {
    const c = String.fromCharCode(Number.parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(c) ? c : code.toUpperCase();
  });
}

// Not `URL.canParse`, which Node 20 answers wrongly for some non-ASCII URLs once optimised.
function parses(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

const REAL = [
  'https://api.github.com/repos/cybozu-go/neco/pulls?state=all&per_page=100',
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ&ab_channel=RickAstley',
  'https://example.com/post?utm_source=newsletter&utm_medium=email&utm_campaign=x_y',
  'https://en.wikipedia.org/wiki/Rust_(programming_language)',
  'https://example.com/search?q=a&lt;b&copy=1&para_x=2',
  'https://example.com/a_(b)_c#frag;x',
  'https://ja.wikipedia.org/wiki/東京、大阪',
];

describe('the URL a reader finds is the clip URL', () => {
  for (const style of BUILTIN_STYLES) {
    const where = whereOf(style.name);
    it(`${style.name}: real query strings, parentheses and references`, () => {
      for (const url of REAL) {
        const markdown = renderIssue(issueWith(url, style.name), style);
        const found = linksFound(markdown, where);
        expect(found.length, markdown).toBeGreaterThan(0);
        for (const href of found) expect(href, markdown).toBe(expected(url, where));
      }
    });
  }

  it('a bare URL line keeps `&per_page=`, `&ab_channel=`, `&utm_medium=` as they are', () => {
    for (const name of ['zenn', 'productivity-weekly']) {
      const style = BUILTIN_STYLES.find((s) => s.name === name);
      if (!style) throw new Error(name);
      for (const url of REAL.slice(0, 3)) {
        const lines = renderIssue(issueWith(url, name), style).split('\n');
        expect(lines).toContain(url);
      }
    }
  });

  const unit = fc.constantFrom(
    ...'abcXYZ019-_.~;&#()= /?',
    '&amp;',
    '&lt;',
    '&copy',
    '&#35;',
    '&per_page=1',
    '&ab_channel=x',
    'é',
    '東京',
    '、',
    '😀',
    ' ',
  );
  const urls = fc
    .tuple(
      fc.constantFrom('example.com', 'www.zenn.dev', 'sub.example.co.jp', 'bücher.example'),
      fc.array(unit, { maxLength: 24 }),
    )
    .map(([host, parts]) => `https://${host}/${parts.join('')}`)
    .filter(parses);

  for (const style of BUILTIN_STYLES) {
    const where = whereOf(style.name);
    it(`${style.name}: generated URLs with & _ ; # ( ) spaces and non-ASCII`, () => {
      fc.assert(
        fc.property(urls, (url) => {
          const markdown = renderIssue(issueWith(url, style.name), style);
          const found = linksFound(markdown, where);
          expect(found.length, markdown).toBeGreaterThan(0);
          for (const href of found) {
            expect(unreserved(href), markdown).toBe(unreserved(expected(url, where)));
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
