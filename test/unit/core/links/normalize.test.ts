import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeUrl, sameLink } from '../../../../src/core/links/normalize';

// Pairs shaped like the links digests really carry. Each was decided by asking "would a
// reader land on the same article?", not by running the code.
const same: Array<[string, string, string]> = [
  [
    'http and https',
    'http://blog.rust-lang.org/2024/05/02/Rust-1.78.0.html',
    'https://blog.rust-lang.org/2024/05/02/Rust-1.78.0.html',
  ],
  [
    'www. prefix',
    'https://www.infoq.com/news/2024/05/rust-foundation/',
    'https://infoq.com/news/2024/05/rust-foundation',
  ],
  [
    'http with www.',
    'http://www.phoronix.com/news/Linux-6.9-Rust',
    'https://phoronix.com/news/Linux-6.9-Rust',
  ],
  [
    'trailing slash',
    'https://kubernetes.io/blog/2024/04/17/kubernetes-v1-30-release/',
    'https://kubernetes.io/blog/2024/04/17/kubernetes-v1-30-release',
  ],
  [
    'doubled slash in path',
    'https://docs.rs/tokio//latest/tokio/',
    'https://docs.rs/tokio/latest/tokio',
  ],
  [
    'default https port',
    'https://github.com:443/rust-lang/rust/pull/123456',
    'https://github.com/rust-lang/rust/pull/123456',
  ],
  ['default http port', 'http://example.com:80/post', 'https://example.com/post'],
  [
    'fragment',
    'https://doc.rust-lang.org/std/vec/struct.Vec.html#method.push',
    'https://doc.rust-lang.org/std/vec/struct.Vec.html',
  ],
  [
    'empty fragment',
    'https://zenn.dev/cybozu_frontend/articles/frontend_weekly_20240514#',
    'https://zenn.dev/cybozu_frontend/articles/frontend_weekly_20240514',
  ],
  [
    'utm family',
    'https://github.blog/2024-05-14-new-features/?utm_source=newsletter&utm_medium=email&utm_campaign=weekly',
    'https://github.blog/2024-05-14-new-features/',
  ],
  [
    'fbclid',
    'https://www.theregister.com/2024/05/14/rust_linux/?fbclid=IwAR0abc',
    'https://theregister.com/2024/05/14/rust_linux/',
  ],
  [
    'gclid beside a real parameter',
    'https://shop.example.com/landing?gclid=Cj0KCQjw&variant=blue',
    'https://shop.example.com/landing?variant=blue',
  ],
  [
    'Mailchimp ids',
    'https://lwkd.info/2024/20240514/?mc_cid=5b8f0e1d2a&mc_eid=9c8d7e6f5a',
    'https://lwkd.info/2024/20240514',
  ],
  [
    'X embed ref_src',
    'https://twitter.com/rustlang/status/1790000000000000000?ref_src=twsrc%5Etfw',
    'https://twitter.com/rustlang/status/1790000000000000000',
  ],
  [
    'YouTube si share id',
    'https://youtu.be/q8irLfXwaFM?si=Ab12Cd34Ef56Gh78',
    'https://youtu.be/q8irLfXwaFM',
  ],
  [
    'YouTube si kept t',
    'https://www.youtube.com/watch?v=q8irLfXwaFM&si=xyz&t=42',
    'https://youtube.com/watch?t=42&v=q8irLfXwaFM',
  ],
  [
    'parameter order',
    'https://crates.io/search?q=serde&sort=downloads',
    'https://crates.io/search?sort=downloads&q=serde',
  ],
  [
    'escape case',
    'https://ja.wikipedia.org/wiki/%e3%83%a9%e3%82%b9%e3%83%88',
    'https://ja.wikipedia.org/wiki/%E3%83%A9%E3%82%B9%E3%83%88',
  ],
  [
    'escaped unreserved character',
    'https://example.com/%7Euser/notes',
    'https://example.com/~user/notes',
  ],
  ['escaped letter', 'https://example.com/%41rticle', 'https://example.com/Article'],
  [
    'raw and escaped Japanese path',
    'https://zenn.dev/topics/型',
    'https://zenn.dev/topics/%E5%9E%8B',
  ],
  ['host case', 'https://GitHub.com/tokio-rs/tokio', 'https://github.com/tokio-rs/tokio'],
  [
    'IDN host and its punycode',
    'https://bücher.example/katalog',
    'https://xn--bcher-kva.example/katalog',
  ],
  ['credentials', 'https://user:pw@example.com/private', 'https://example.com/private'],
  [
    'empty query',
    'https://this-week-in-rust.org/blog/2024/05/15/this-week-in-rust-547/?',
    'https://this-week-in-rust.org/blog/2024/05/15/this-week-in-rust-547/',
  ],
  [
    'HubSpot tracker names in any case',
    'https://example.io/blog/launch?_hsenc=p2A&hsCtaTracking=abc',
    'https://example.io/blog/launch',
  ],
  [
    'everything at once',
    'HTTP://WWW.Example.com:80/posts//slo/?utm_source=x&fbclid=y#comments',
    'https://example.com/posts/slo',
  ],
];

const different: Array<[string, string, string]> = [
  [
    'another path',
    'https://github.com/rust-lang/rust/pull/123456',
    'https://github.com/rust-lang/rust/pull/123457',
  ],
  ['path case', 'https://github.com/Rust-Lang/Rust', 'https://github.com/rust-lang/rust'],
  ['another subdomain', 'https://blog.rust-lang.org/', 'https://rust-lang.org/'],
  ['www2 is not www', 'https://www2.example.com/a', 'https://example.com/a'],
  ['non-default port', 'https://example.com:8443/a', 'https://example.com/a'],
  [
    'GitHub ref parameter is content',
    'https://github.com/o/r/blob/main/README.md?ref=v2',
    'https://github.com/o/r/blob/main/README.md',
  ],
  ['search term', 'https://example.com/search?s=rust', 'https://example.com/search?s=go'],
  ['si elsewhere is content', 'https://example.com/watch?si=3', 'https://example.com/watch'],
  [
    'YouTube video id',
    'https://www.youtube.com/watch?v=q8irLfXwaFM',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  ],
  ['YouTube start time', 'https://youtu.be/q8irLfXwaFM?t=42', 'https://youtu.be/q8irLfXwaFM'],
  [
    'page parameter',
    'https://news.ycombinator.com/item?id=40000000',
    'https://news.ycombinator.com/item?id=40000001',
  ],
  ['escaped slash is not a slash', 'https://example.com/a%2Fb', 'https://example.com/a/b'],
  ['repeated values in another order', 'https://e.com/?x=2&x=1', 'https://e.com/?x=1&x=2'],
  ['another host that ends the same', 'https://notexample.com/a', 'https://example.com/a'],
  ['not a web address', 'mailto:editor@example.com', 'https://example.com/'],
];

describe('normalizeUrl: when two links are the same article', () => {
  it('has at least forty pairs', () => {
    expect(same.length + different.length).toBeGreaterThanOrEqual(40);
  });

  it.each(same)('same: %s', (_name, a, b) => {
    expect(normalizeUrl(a)).toBe(normalizeUrl(b));
    expect(sameLink(a, b)).toBe(true);
  });

  it.each(different)('different: %s', (_name, a, b) => {
    expect(normalizeUrl(a)).not.toBe(normalizeUrl(b));
    expect(sameLink(a, b)).toBe(false);
  });

  it('writes the key as an https URL without www., written out by hand', () => {
    expect(normalizeUrl('http://www.example.com/a/?b=2&a=1&utm_id=3#x')).toBe(
      'https://example.com/a?a=1&b=2',
    );
    expect(normalizeUrl('https://www.com/')).toBe('https://www.com/');
    expect(normalizeUrl('  not a url ')).toBe('not a url');
  });
});

// Web addresses built from parts that each exercise a rule: schemes, www., ports, escapes,
// doubled and trailing slashes, trackers beside real parameters, fragments.
const segment = fc.stringMatching(/^([a-zA-Z0-9._~-]|%[0-9a-fA-F]{2}|[äé型 ]){0,6}$/);
const webUrl = fc
  .record({
    scheme: fc.constantFrom('http', 'https', 'HTTPS'),
    www: fc.boolean(),
    host: fc.constantFrom('example.com', 'youtube.com', 'x.com', 'bücher.example', 'www.com'),
    port: fc.constantFrom('', ':80', ':443', ':8080'),
    path: fc.array(segment, { maxLength: 4 }),
    slashes: fc.constantFrom('', '/', '//'),
    params: fc.array(
      fc.tuple(fc.constantFrom('a', 'b', 'si', 't', 'utm_x', 'fbclid', 'q', 'A'), segment),
      { maxLength: 4 },
    ),
    hash: fc.constantFrom('', '#', '#top'),
  })
  .map(
    (u) =>
      `${u.scheme}://${u.www ? 'www.' : ''}${u.host}${u.port}/${u.path.join('/')}${u.slashes}` +
      `${u.params.length ? `?${u.params.map(([k, v]) => `${k}=${v}`).join('&')}` : ''}${u.hash}`,
  );

describe('normalizeUrl as a property', () => {
  it('changes nothing when applied to its own key', () => {
    fc.assert(
      fc.property(
        fc.oneof(webUrl, fc.webUrl({ withQueryParameters: true, withFragments: true })),
        (url) => {
          const key = normalizeUrl(url);
          expect(normalizeUrl(key)).toBe(key);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
