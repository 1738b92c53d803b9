import { describe, expect, it } from 'vitest';
import { readFeed } from '../../../../src/core/intake/feed';
import { readOpml, writeOpml } from '../../../../src/core/intake/opml';

function read(text: string, since?: string) {
  const result = readFeed(text, since ? { since } : {});
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Inside Rust Blog</title>
  <link>https://blog.rust-lang.org/inside-rust/</link>
  <item>
    <title>Announcing the 2024 State of Rust Survey &amp; more</title>
    <link>https://blog.rust-lang.org/inside-rust/2024/03/05/survey.html</link>
    <description><![CDATA[<p>Take the <b>survey</b> &amp; tell us.</p>]]></description>
    <pubDate>Tue, 05 Mar 2024 10:00:00 +0900</pubDate>
  </item>
  <item>
    <title>&lt;script&gt;alert(1)&lt;/script&gt;Old post</title>
    <guid isPermaLink="true">https://blog.rust-lang.org/inside-rust/2024/02/01/old.html</guid>
    <pubDate>Thu, 01 Feb 2024 00:00:00 GMT</pubDate>
  </item>
  <item><title>No date</title><link>https://blog.rust-lang.org/undated.html</link></item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Kubernetes Blog</title>
  <entry>
    <title type="html">Kubernetes &lt;em&gt;v1.30&lt;/em&gt;: 新機能</title>
    <link rel="replies" href="https://kubernetes.io/blog/x#comments"/>
    <link rel="alternate" href="https://kubernetes.io/blog/2024/03/12/v1-30/"/>
    <updated>2024-03-12T00:00:00Z</updated>
    <summary>Changes ahead</summary>
  </entry>
  <entry>
    <title>One entry only</title>
    <link href="https://kubernetes.io/blog/2024/03/01/one/"/>
    <published>2024-03-01T09:00:00+09:00</published>
  </entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Neco Weekly sources',
  items: [
    {
      id: '1',
      url: 'https://zenn.dev/a/articles/1',
      title: '記事 1',
      content_html: '<p>本文</p>',
      date_published: '2024-03-04T01:00:00Z',
    },
    {
      id: '2',
      external_url: 'https://example.com/2',
      title: 'Two',
      date_published: '2024-02-01T00:00:00Z',
    },
    { id: '3', url: 'javascript:alert(1)', title: 'Bad', date_published: '2024-03-05T00:00:00Z' },
  ],
});

describe('readFeed', () => {
  it('reads RSS 2.0: the link or a permalink guid, the description as text, the RFC 822 date', () => {
    const feed = read(RSS);
    expect(feed.kind).toBe('rss');
    expect(feed.candidates).toEqual([
      {
        url: 'https://blog.rust-lang.org/inside-rust/2024/03/05/survey.html',
        title: 'Announcing the 2024 State of Rust Survey & more',
        description: 'Take the survey & tell us.',
        postedAt: '2024-03-05T01:00:00.000Z',
        source: 'feed',
        via: 'Inside Rust Blog',
      },
      expect.objectContaining({
        url: 'https://blog.rust-lang.org/inside-rust/2024/02/01/old.html',
      }),
      expect.objectContaining({ url: 'https://blog.rust-lang.org/undated.html' }),
    ]);
    // Script in a title is the title's text; it is escaped where the issue is written.
    expect(feed.candidates[1]?.title).toBe('<script>alert(1)</script>Old post');
  });

  it('keeps only entries since the date, and counts the undated ones left out', () => {
    const feed = read(RSS, '2024-03-01T00:00:00Z');
    expect(feed.candidates.map((c) => c.title)).toEqual([
      'Announcing the 2024 State of Rust Survey & more',
    ]);
    expect(feed.undated).toBe(1);
  });

  it('reads Atom: the alternate link, an html title as its text, updated or published', () => {
    const feed = read(ATOM);
    expect(feed.kind).toBe('atom');
    expect(feed.candidates.map((c) => [c.url, c.title, c.postedAt])).toEqual([
      [
        'https://kubernetes.io/blog/2024/03/12/v1-30/',
        'Kubernetes v1.30: 新機能',
        '2024-03-12T00:00:00.000Z',
      ],
      ['https://kubernetes.io/blog/2024/03/01/one/', 'One entry only', '2024-03-01T00:00:00.000Z'],
    ]);
  });

  it('reads JSON Feed: url or external_url, and leaves out an address that is no web page', () => {
    const feed = read(JSON_FEED, '2024-03-01T00:00:00Z');
    expect(feed.kind).toBe('json');
    expect(feed.candidates).toEqual([
      expect.objectContaining({
        url: 'https://zenn.dev/a/articles/1',
        title: '記事 1',
        description: '本文',
      }),
    ]);
    expect(feed.unusable).toBe(1);
    expect(read(JSON_FEED).candidates.map((c) => c.url)).toContain('https://example.com/2');
  });

  it.each([
    ['broken RSS', RSS.replace('</channel>', ''), /not well-formed XML \(line \d+/],
    ['broken Atom', ATOM.replace('<entry>', '<entry><title>'), /not well-formed XML/],
    ['broken JSON Feed', JSON_FEED.slice(0, -10), /not valid JSON/],
    ['JSON that is no feed', '{"items": []}', /not a JSON Feed/],
    [
      'an HTML page',
      '<!DOCTYPE html><html><head><title>Blog</title></head></html>',
      /web page \(HTML\), not a feed/,
    ],
    ['XML that is no feed', '<?xml version="1.0"?><svg></svg>', /root is <svg>/],
    [
      'entity expansion',
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss>&a;</rss>',
      /entities/,
    ],
    ['plain text', 'hello', /neither XML/],
    ['a huge feed', `<rss>${' '.repeat(6_000_000)}</rss>`, /over 5 million characters/],
  ])('gives a clear message for %s', (_, text, message) => {
    const result = readFeed(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('OPML', () => {
  it('writes feeds that read back the same, names escaped', () => {
    const feeds = [
      { url: 'https://blog.rust-lang.org/feed.xml', title: 'Rust "Blog" & <news>' },
      { url: 'https://kubernetes.io/feed.xml?a=1&b=2', title: 'Kubernetes' },
    ];
    expect(readOpml(writeOpml(feeds, 'This Week in Rust'))).toEqual({ ok: true, value: feeds });
  });

  it('walks folders, keeps each feed once and leaves out addresses that are not web pages', () => {
    const opml = `<opml version="1.0"><body><outline text="Rust">
      <outline text="A" xmlUrl="https://a.example/feed"/>
      <outline text="A again" xmlUrl="https://a.example/feed"/>
      <outline text="Bad" xmlUrl="javascript:alert(1)"/>
    </outline></body></opml>`;
    expect(readOpml(opml)).toEqual({
      ok: true,
      value: [{ url: 'https://a.example/feed', title: 'A' }],
    });
  });

  it('says what is wrong with a file that is not OPML', () => {
    expect(readOpml('<rss></rss>')).toEqual({
      ok: false,
      error: expect.stringContaining('not OPML'),
    });
    expect(readOpml('<opml><body></body></opml>')).toEqual({
      ok: false,
      error: expect.stringContaining('lists no feeds'),
    });
    expect(readOpml('<opml><body>')).toEqual({
      ok: false,
      error: expect.stringContaining('not well-formed'),
    });
  });
});
