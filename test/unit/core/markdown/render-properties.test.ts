/**
 * Properties of rendering page text, over generated titles, descriptions, headings and URLs.
 *
 * Comparisons apply only these normalizations, each a rule of Markdown or of the model:
 * - single-line fields are folded (`fold`: controls, CR/LF, U+2028/9 to a space, lone
 *   surrogates to U+FFFD), as the model promises;
 * - the item heading's text is compared after stripping spaces and tabs at its ends, since a
 *   CommonMark heading drops them (`headingTrim`); link text and card text keep theirs and
 *   are compared exactly;
 * - a field that is blank once folded counts as missing, so the heading or card falls back
 *   to the next field (`expectedHeading`, `expectedCardTitle`);
 * - hrefs are compared as resources (`sameResource`), since escaping may percent-encode
 *   syntax characters such as `"` or `(`.
 * Everything else, such as an ATX closing `#` sequence eating the end of a title, counts as
 * a failure, because the reader would see something other than the page's text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importIssue } from '../../../../src/core/markdown/read/import';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import { counterIds } from '../../../../src/core/model';
import {
  checkIssue,
  ENGINES,
  expectedCardTitle,
  expectedHeading,
  fold,
  issueWith,
  NECO_STYLES,
  NOW,
  type PageFields,
  sameResource,
} from '../../helpers/markdown-html';

const RUNS = 400;

/** Single characters and short runs that mean something to Markdown or HTML. */
const markupUnit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...'<>&"\'[]()!\\`*_#~:;/= \n\r\t') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '](',
      '![',
      '&lt;',
      '&amp;',
      '&#93;',
      '&#x3C;',
      '&copy',
      '<script>',
      '</a>',
      '<!--',
      '-->',
      'javascript:',
      'https://evil.example/',
      '\u2028',
      '\u0085',
      '\u0000',
      '\ud800',
      '\udfff',
      '\u00a0',
      '\u3000',
      '🛠️',
      '第',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom('a', 'b', 'Z', '0', '9') },
);

/** Text from a page: any grapheme, any code point, or markup-heavy. */
const pageText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: markupUnit, maxLength: 30 }),
);

/** http(s) URLs, some with query and fragment characters that are syntax elsewhere. */
const pageUrl = fc.oneof(
  fc.webUrl(),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.webUrl(),
      fc.string({
        unit: fc.constantFrom(...'<>"\'[]()`*_#;= &a1', '&lt;', '&amp;', '&#34;', 'x=1&y=2'),
        maxLength: 12,
      }),
    )
    .map(([url, query]) => `${url}?${query}`),
);

/**
 * A heading that is page text: none, the page's title, or a piece of it (as suggested from
 * it). A heading the editor typed is their Markdown, tested in editor-heading.test.ts.
 */
const fields: fc.Arbitrary<PageFields> = fc
  .record({ url: pageUrl, pageTitle: pageText, description: pageText })
  .chain((f) =>
    fc
      .oneof(
        fc.constant(''),
        fc.constant(f.pageTitle),
        fc
          .tuple(fc.nat(f.pageTitle.length), fc.nat(f.pageTitle.length))
          .map(([a, b]) => f.pageTitle.slice(Math.min(a, b), Math.max(a, b))),
      )
      .map((heading) => ({ ...f, heading })),
  );

describe('rendered Markdown, read by a real engine, says what the page said', () => {
  for (const preset of NECO_STYLES) {
    it.each(ENGINES)(`${preset}: one link, fixed structure, faithful text (%s)`, (engine) => {
      fc.assert(
        fc.property(fields, (f) => checkIssue(f, preset, engine)),
        { numRuns: RUNS },
      );
    });
  }

  it.each(ENGINES)('unsafe URLs are never linked in any Neco Weekly style (%s)', (engine) => {
    const unsafeUrl = fc.oneof(
      fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '/relative'),
      fc
        .tuple(fc.constantFrom('javascript:', 'JaVaScRiPt:', ' data:', 'vbscript:', '//'), pageText)
        .map(([scheme, rest]) => scheme + rest),
    );
    fc.assert(
      fc.property(unsafeUrl, pageText, pageText, (url, pageTitle, description) => {
        for (const preset of NECO_STYLES) {
          checkIssue({ url, pageTitle, description, heading: '' }, preset, engine);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

const importOptions = () => ({ now: () => new Date(NOW), id: counterIds('imported') });

describe('the escaping round-trips through the importer', () => {
  for (const preset of ['embedly-link', 'embedly-blockquote'] as const) {
    it(`${preset}: import(render(doc)) gives back url, title, description and heading`, () => {
      fc.assert(
        fc.property(fields, (f) => {
          const markdown = renderIssue(issueWith(f, preset));
          const imported = importIssue(markdown, importOptions());
          expect(imported.issue.style).toBe(preset);
          expect(imported.clips).toHaveLength(1);
          const clip = imported.clips[0] as PageFields;
          // A URL as browsers serialize it (tab.url always is) must come back byte for
          // byte; any other spelling must at least name the same resource.
          if (new URL(f.url).href === f.url) expect(clip.url).toBe(f.url);
          else expect(sameResource(clip.url, f.url), `${clip.url} vs ${f.url}`).toBe(true);
          // The importer reads the title from the card and the heading from `###`; an empty
          // field was shown as its fallback, so the fallback is what comes back.
          expect(clip.pageTitle).toBe(fold(expectedCardTitle(f)));
          // A heading line cannot carry leading spaces (`###  x` is the heading `x`).
          expect(clip.heading.trim()).toBe(fold(expectedHeading(f)).trim());
          const description = preset === 'embedly-blockquote' ? fold(f.description) : '';
          expect(clip.description).toBe(description);
        }),
        { numRuns: RUNS },
      );
    });
  }

  // Serialized URLs with characters that are syntax somewhere: parentheses (Wikipedia),
  // quotes, an `&` before a name, a backtick in the query.
  for (const url of [
    'https://en.wikipedia.org/wiki/Foo_(bar)',
    "https://example.com/it's#l'a",
    'https://example.com/?lang=en&region=us',
    'https://example.com/?q=`x`',
  ]) {
    for (const preset of ['embedly-link', 'embedly-blockquote'] as const) {
      it(`${preset}: ${url} comes back from import(render(doc)) unchanged`, () => {
        expect(new URL(url).href).toBe(url);
        const fields = { url, pageTitle: 'T', description: 'D', heading: 'H' };
        const markdown = renderIssue(issueWith(fields, preset));
        expect(importIssue(markdown, importOptions()).clips[0]?.url).toBe(url);
      });
    }
  }

  for (const preset of NECO_STYLES) {
    it(`${preset}: render(import(render(doc))) === render(doc)`, () => {
      fc.assert(
        fc.property(fields, (f) => {
          const markdown = renderIssue(issueWith(f, preset));
          expect(renderIssue(importIssue(markdown, importOptions()))).toBe(markdown);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
