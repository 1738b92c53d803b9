import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../../../src/core/links/normalize';
import { trackingParams as hasTrackingParams } from '../../../../src/core/links/trackers';
import { MAX_URL_LENGTH } from '../../../../src/core/model/limits';
import { validateClipUrl } from '../../../../src/core/text/url';

// Links as they arrive from newsletters, share buttons and ads; the expected key is
// written out by hand, not computed.
const trackedLinks: Array<{ source: string; url: string; key: string; trackers: string[] }> = [
  {
    source: 'newsletter (utm family)',
    url: 'https://blog.example.dev/posts/async-rust?utm_source=newsletter&utm_medium=email&utm_campaign=weekly-142&utm_content=top',
    key: 'https://blog.example.dev/posts/async-rust',
    trackers: ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content'],
  },
  {
    source: 'X share of a status',
    url: 'https://x.com/rustlang/status/1552300000000000000?s=20&t=Zk3aQ9sT1VbJpLx0mN2w',
    key: 'https://x.com/rustlang/status/1552300000000000000',
    trackers: ['s', 't'],
  },
  {
    source: 'Twitter embed widget',
    url: 'https://twitter.com/jack/status/20?ref_src=twsrc%5Etfw%7Ctwcamp%5Etweetembed&ref_url=https%3A%2F%2Fnews.example.com%2F',
    key: 'https://twitter.com/jack/status/20',
    trackers: ['ref_src', 'ref_url'],
  },
  {
    source: 'Facebook outbound click',
    url: 'https://www.example.org/article/123?fbclid=IwAR2x7pQvY1cYVb0mEXAMPLE',
    key: 'https://example.org/article/123',
    trackers: ['fbclid'],
  },
  {
    source: 'Google Ads landing page',
    url: 'https://shop.example.com/landing?gclid=Cj0KCQjw&gbraid=0AAAAA&variant=blue',
    key: 'https://shop.example.com/landing?variant=blue',
    trackers: ['gclid', 'gbraid'],
  },
  {
    source: 'HubSpot email',
    url: 'https://www.example.io/blog/launch?_hsenc=p2ANqtz-8abc&_hsmi=218450000&hsCtaTracking=abc%7Cdef',
    key: 'https://example.io/blog/launch',
    trackers: ['_hsenc', '_hsmi', 'hsCtaTracking'],
  },
  {
    source: 'Mailchimp campaign',
    url: 'https://example.substack.com/p/the-art-of-slos?mc_cid=5b8f0e1d2a&mc_eid=9c8d7e6f5a',
    key: 'https://example.substack.com/p/the-art-of-slos',
    trackers: ['mc_cid', 'mc_eid'],
  },
  {
    source: 'YouTube share sheet',
    url: 'https://youtu.be/dQw4w9WgXcQ?si=Ab12Cd34Ef56Gh78&t=42',
    key: 'https://youtu.be/dQw4w9WgXcQ?t=42',
    trackers: ['si'],
  },
  {
    source: 'YouTube watch page with feature=shared',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=shared&list=PL123',
    key: 'https://youtube.com/watch?list=PL123&v=dQw4w9WgXcQ',
    trackers: ['feature'],
  },
  {
    source: 'Instagram and Bing click ids',
    url: 'https://example.com/p?igshid=MzRlODBiNWFlZA%3D%3D&msclkid=abc123',
    key: 'https://example.com/p',
    trackers: ['igshid', 'msclkid'],
  },
];

describe('normalizeUrl and hasTrackingParams on real tracker links', () => {
  it.each(trackedLinks)('$source', ({ url, key, trackers }) => {
    expect(normalizeUrl(url)).toBe(key);
    expect(hasTrackingParams(url)).toEqual(trackers);
  });

  it('keeps look-alike parameters that mean something on other sites', () => {
    for (const url of [
      'https://github.com/owner/repo/blob/main/README.md?ref=v2',
      'https://example.com/search?s=rust',
      'https://example.com/watch?si=3&t=5',
      'https://news.example.com/item?id=42&source=rss',
    ]) {
      expect(hasTrackingParams(url)).toEqual([]);
      expect(normalizeUrl(url)).toBe(url);
    }
  });

  it('matches tracker names regardless of case and lists each once', () => {
    expect(hasTrackingParams('https://a.example/?UTM_Source=x&utm_source=y&FBCLID=z')).toEqual([
      'UTM_Source',
      'utm_source',
      'FBCLID',
    ]);
    expect(hasTrackingParams('https://a.example/?fbclid=1&fbclid=2')).toEqual(['fbclid']);
  });
});

describe('normalizeUrl', () => {
  it.each([
    ['scheme and host case', 'HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['default https port', 'https://example.com:443/a', 'https://example.com/a'],
    ['default http port, http as https', 'http://example.com:80/a', 'https://example.com/a'],
    ['non-default port kept', 'https://example.com:8443/a', 'https://example.com:8443/a'],
    ['fragment', 'https://example.com/a#section-2', 'https://example.com/a'],
    ['empty fragment', 'https://example.com/a#', 'https://example.com/a'],
    ['empty query', 'https://example.com/a?', 'https://example.com/a'],
    ['empty query and fragment', 'https://example.com/a?#', 'https://example.com/a'],
    ['credentials', 'https://user:pw@example.com/a', 'https://example.com/a'],
    ['user name alone', 'https://user@example.com/a', 'https://example.com/a'],
    ['trailing slash', 'https://example.com/blog/post/', 'https://example.com/blog/post'],
    ['several trailing slashes', 'https://example.com/blog//', 'https://example.com/blog'],
    ['root slash kept', 'https://example.com/', 'https://example.com/'],
    ['bare host gains root', 'https://example.com', 'https://example.com/'],
    [
      'IDN host as punycode',
      'https://bücher.example/katalog',
      'https://xn--bcher-kva.example/katalog',
    ],
    ['Japanese IDN', 'https://日本語.jp/記事', 'https://xn--wgv71a119e.jp/%E8%A8%98%E4%BA%8B'],
    [
      'escape case, unreserved unescaped',
      'https://example.com/a%2fb%7e',
      'https://example.com/a%2Fb~',
    ],
    ['params sorted', 'https://example.com/?b=2&a=1', 'https://example.com/?a=1&b=2'],
    ['repeated params keep order', 'https://e.com/?x=2&a=0&x=1', 'https://e.com/?a=0&x=2&x=1'],
    ['empty query', 'https://example.com/a?', 'https://example.com/a'],
    ['credentials', 'https://user:secret@example.com/a', 'https://example.com/a'],
    ['surrounding whitespace', '  https://example.com/a \n', 'https://example.com/a'],
  ])('%s', (_name, url, key) => {
    expect(normalizeUrl(url)).toBe(key);
  });

  it('gives the same key for the same article shared in different ways', () => {
    const keys = new Set(
      [
        'https://Example.com/posts/slo/?utm_source=twitter#comments',
        'https://example.com:443/posts/slo?fbclid=abc',
        'https://example.com/posts/slo',
      ].map(normalizeUrl),
    );
    expect(keys.size).toBe(1);
  });

  it('returns input that is not an http(s) URL trimmed, without throwing', () => {
    expect(normalizeUrl('  not a url ')).toBe('not a url');
    expect(normalizeUrl('mailto:a@example.com?utm_source=x')).toBe(
      'mailto:a@example.com?utm_source=x',
    );
    expect(hasTrackingParams('not a url?utm_source=x')).toEqual([]);
  });
});

describe('validateClipUrl', () => {
  it('accepts http(s) and returns the parsed form', () => {
    expect(validateClipUrl('  https://example.com/a b?q=x y  ')).toEqual({
      ok: true,
      url: 'https://example.com/a%20b?q=x%20y',
    });
    expect(validateClipUrl('http://例え.jp')).toEqual({ ok: true, url: 'http://xn--r8jz45g.jp/' });
  });

  it('keeps the fragment and trackers: only the duplicate key drops them', () => {
    const url = 'https://example.com/a?utm_source=x#part';
    expect(validateClipUrl(url)).toEqual({ ok: true, url });
  });

  it.each([
    ['empty', '', /enter the address/i],
    ['blank', ' \t\n', /enter the address/i],
    ['relative', '/posts/1', /not a complete web address/i],
    ['no scheme', 'example.com/page', /not a complete web address/i],
    ['javascript', 'javascript:alert(document.cookie)', /script links/i],
    ['javascript upper-case', '  JavaScript:alert(1)', /script links/i],
    ['javascript split by a tab', 'java\tscript:alert(1)', /script links/i],
    ['data', 'data:text/html,<script>alert(1)</script>', /data urls/i],
    ['file', 'file:///etc/passwd', /file:/],
    ['ftp', 'ftp://ftp.example.com/pub', /not ftp links/],
    ['chrome page', 'chrome://settings', /not chrome links/],
    ['credentials', 'https://admin:hunter2@example.com/', /user name or password/],
    ['invalid host', 'https://exa mple.com/', /not a complete web address/i],
    ['too long', `https://example.com/?q=${'a'.repeat(MAX_URL_LENGTH)}`, /longer than/],
    [
      'long after escaping',
      `https://example.com/${' '.repeat(MAX_URL_LENGTH / 2)}end`,
      /longer than/,
    ],
  ])('rejects %s with a reason', (_name, input, reason) => {
    const result = validateClipUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('accepts a long but real URL up to the limit', () => {
    const base = 'https://www.google.com/maps/dir/';
    const url = base + 'x'.repeat(MAX_URL_LENGTH - base.length);
    expect(validateClipUrl(url)).toEqual({ ok: true, url });
  });
});
