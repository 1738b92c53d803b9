import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_URL_LENGTH } from '../../../../src/core/model/limits';
import { validateClipUrl } from '../../../../src/core/text/url';
import { clipUrlProblem } from '../../../../src/core/text/url-problem';

describe('clipUrlProblem', () => {
  it.each([
    ['https://example.com/a', null],
    ['  ', { kind: 'empty' }],
    [
      `https://example.com/${'a'.repeat(MAX_URL_LENGTH)}`,
      { kind: 'too-long', max: MAX_URL_LENGTH },
    ],
    ['example.com/a', { kind: 'not-url' }],
    ['javascript:alert(1)', { kind: 'script' }],
    ['data:text/html,hi', { kind: 'data' }],
    ['file:///etc/passwd', { kind: 'file' }],
    ['ftp://example.com/x', { kind: 'scheme', scheme: 'ftp' }],
    ['https://user:pw@example.com/', { kind: 'credentials' }],
  ])('%s → %o', (url, problem) => {
    expect(clipUrlProblem(url)).toEqual(problem);
  });

  it('names a problem exactly when validateClipUrl refuses', () => {
    const urls = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string(),
      fc.constantFrom('mailto:a@b.c', 'chrome://extensions', 'http://a b', 'https://%zz'),
    );
    fc.assert(
      fc.property(urls, (url) => {
        expect(clipUrlProblem(url) === null).toBe(validateClipUrl(url).ok);
      }),
      { numRuns: 500 },
    );
  });
});
