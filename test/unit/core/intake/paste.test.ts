import { describe, expect, it } from 'vitest';
import { readPaste } from '../../../../src/core/intake/paste';
import { renderIssue } from '../../../../src/core/markdown';

function read(text: string) {
  const result = readPaste(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

// Copied from Slack's desktop app: a name line, a time line, the message; a follow-up
// shows only its time. Slack writes links as `<url|text>` only in its export and API;
// a copy shows the text, but a copied unfurl keeps the bare address.
const SLACK_COPY = `田中 アイコ
午前 10:32
この記事よかったです https://zenn.dev/neco/articles/abc123?utm_source=slack
10:33
\`\`\`
curl https://localhost.example/do-not-clip
\`\`\`

Bob Smith
10:41 AM
> https://blog.rust-lang.org/2024/03/21/Rust-1.77.0.html
Quoting this: new release, see "https://github.com/rust-lang/rust/pull/1234".`;

const DISCORD_COPY = `ferris — Today at 10:32 AM
Anyone read this? https://without.boats/blog/pinned-places/
[10:35] crab_kun: 「https://zenn.dev/foo/articles/bar」が面白い。
ferris — 2024/03/01 11:02
Link with parens: https://en.wikipedia.org/wiki/Rust_(programming_language).`;

const TEAMS_COPY = `[3/1/2024 10:32 AM] Aiko Tanaka
Release notes: https://kubernetes.io/blog/2024/03/12/kubernetes-1-30-upcoming-changes/

[3/1/2024 10:40 AM] 佐藤 健
来週の LWKD 用に https://github.com/kubernetes/kubernetes/pull/123456 を。`;

describe('readPaste: chat logs', () => {
  it('reads a Slack copy: Japanese and English posters, a follow-up by time, code left out, quotes trimmed', () => {
    const reading = read(SLACK_COPY);
    expect(reading.format).toBe('slack');
    expect(reading.candidates).toEqual([
      expect.objectContaining({
        url: 'https://zenn.dev/neco/articles/abc123?utm_source=slack',
        poster: '田中 アイコ',
        postedAt: '午前 10:32',
        comment: 'この記事よかったです',
        source: 'slack',
      }),
      expect.objectContaining({
        url: 'https://blog.rust-lang.org/2024/03/21/Rust-1.77.0.html',
        poster: 'Bob Smith',
        postedAt: '10:41 AM',
      }),
      expect.objectContaining({
        url: 'https://github.com/rust-lang/rust/pull/1234',
        poster: 'Bob Smith',
        comment: expect.stringContaining('Quoting this: new release'),
      }),
    ]);
    expect(JSON.stringify(reading)).not.toContain('do-not-clip');
  });

  it("reads Slack's <url|text> form, its entities decoded, the text as the title", () => {
    const reading = read(
      'Aiko  10:32 AM\nSee <https://example.com/a?x=1&amp;y=2|Tom &amp; Jerry &lt;3> and <https://example.com/b>',
    );
    expect(reading.candidates).toEqual([
      expect.objectContaining({
        url: 'https://example.com/a?x=1&y=2',
        title: 'Tom & Jerry <3',
        poster: 'Aiko',
      }),
      expect.objectContaining({ url: 'https://example.com/b', comment: 'See Tom & Jerry <3 and' }),
    ]);
  });

  it('reads a Discord copy: full and compact headers, Japanese brackets, a parenthesised address', () => {
    const reading = read(DISCORD_COPY);
    expect(reading.format).toBe('discord');
    expect(reading.candidates.map((c) => [c.url, c.poster, c.postedAt])).toEqual([
      ['https://without.boats/blog/pinned-places/', 'ferris', 'Today at 10:32 AM'],
      ['https://zenn.dev/foo/articles/bar', 'crab_kun', '10:35'],
      ['https://en.wikipedia.org/wiki/Rust_(programming_language)', 'ferris', '2024/03/01 11:02'],
    ]);
  });

  it('reads a Teams copy with its dates and posters', () => {
    const reading = read(TEAMS_COPY);
    expect(reading.format).toBe('teams');
    expect(reading.candidates.map((c) => [c.poster, c.postedAt, c.comment])).toEqual([
      ['Aiko Tanaka', '3/1/2024 10:32 AM', 'Release notes'],
      ['佐藤 健', '3/1/2024 10:40 AM', '来週の LWKD 用に を。'],
    ]);
  });
});

describe('readPaste: the message as a comment', () => {
  it("leaves out the message's other links, keeping a labelled one's words, and its quote mark", () => {
    const reading = read(
      'Aiko  10:32 AM\n> New: https://a.example/5, https://a.example/6 and <https://a.example/7|the seventh>',
    );
    expect(reading.candidates.map((c) => c.comment)).toEqual([
      'New: and the seventh',
      'New: and the seventh',
      'New: and',
    ]);
  });
});

describe('readPaste: lists', () => {
  it('reads bare addresses one per line, each address once by its duplicate key', () => {
    const reading = read(
      'https://a.example/1\nhttps://a.example/2/\n\nhttps://a.example/1#top\nhttps://a.example/2',
    );
    expect(reading.format).toBe('list');
    expect(reading.candidates.map((c) => c.url)).toEqual([
      'https://a.example/1',
      'https://a.example/2/',
    ]);
    expect(reading.found).toBe(4);
  });

  it('reads Markdown links: the link text as the title, the rest of the line as the comment', () => {
    const reading = read(
      '- [Announcing Rust 1.77](https://blog.rust-lang.org/x "t") — C-string literals\n- `[not](https://in.code/x)`\n* [記事](https://zenn.dev/y)',
    );
    expect(reading.format).toBe('markdown');
    expect(reading.candidates).toEqual([
      {
        url: 'https://blog.rust-lang.org/x',
        title: 'Announcing Rust 1.77',
        comment: 'C-string literals',
        source: 'markdown',
      },
      { url: 'https://zenn.dev/y', title: '記事', source: 'markdown' },
    ]);
  });

  it('skips addresses that are not web pages', () => {
    const reading = read('[x](javascript:alert(1)) https://ok.example/ <file:///etc/passwd>');
    expect(reading.candidates.map((c) => c.url)).toEqual(['https://ok.example/']);
  });
});

describe('readPaste: a Slack export', () => {
  const exported = [
    {
      type: 'message',
      user: 'U1',
      user_profile: { real_name: 'Aiko Tanaka', display_name: 'aiko' },
      text: '読んで <https://zenn.dev/a/articles/b>',
      ts: '1709289120.000200',
      attachments: [
        { from_url: 'https://zenn.dev/a/articles/b', title: 'Zenn の記事', text: 'An unfurl' },
        { original_url: 'https://shared.example/only-unfurled', title: 'Shared' },
      ],
    },
    { type: 'message', subtype: 'channel_join', text: '<@U2> has joined', ts: '1709289200.0' },
  ];

  it("takes titles and descriptions from the unfurls, the author and the message's time", () => {
    const reading = read(JSON.stringify(exported));
    expect(reading.format).toBe('slack-export');
    expect(reading.candidates).toEqual([
      {
        url: 'https://zenn.dev/a/articles/b',
        title: 'Zenn の記事',
        description: 'An unfurl',
        comment: '読んで',
        poster: 'aiko',
        postedAt: '2024-03-01T10:32:00.000Z',
        source: 'slack-export',
      },
      expect.objectContaining({ url: 'https://shared.example/only-unfurled', title: 'Shared' }),
    ]);
  });

  it('says when JSON is not an export', () => {
    expect(readPaste('{"a": 1}')).toEqual({
      ok: false,
      error: expect.stringContaining('not a Slack export'),
    });
  });
});

describe('readPaste: bad input', () => {
  it('reads no more than the limit of 10,000 pasted links, and says how many were left', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `https://many.example/${i}`).join('\n');
    const reading = read(text);
    expect(reading.candidates).toHaveLength(1_000);
    expect(reading.found).toBe(10_000);
    expect(reading.over).toBe(9_000);
  });

  it('refuses a 20 MB export with its size, reading none of it', () => {
    const message = JSON.stringify({ text: 'x <https://big.example/>', ts: '1.0' });
    const text = `[${Array.from({ length: Math.ceil(20_000_000 / message.length) }, () => message).join(',')}]`;
    const result = readPaste(text);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^This text is 20\.\d million characters/),
    });
  });

  it('says there is no link, rather than adding nothing', () => {
    expect(readPaste('just words\n```\nhttps://only.in/code\n```')).toEqual({
      ok: false,
      error: expect.stringContaining('No web address'),
    });
  });

  it('keeps script in a title as text: folded, and escaped where the issue is written', () => {
    const reading = read('[<script>alert(1)</script>\u202eevil](https://x.example/)');
    const [c] = reading.candidates;
    expect(c?.title).toBe('<script>alert(1)</script>evil');
    const markdown = renderIssue({
      issue: {
        id: 'i',
        title: 'T',
        number: 1,
        date: '2024-03-01',
        header: '',
        intro: '',
        afterwordHeading: '',
        afterword: '',
        style: 'markdown-link',
        status: 'draft',
        sectionText: {},
        categoryOrder: ['c'],
        createdAt: '',
        updatedAt: '',
      },
      categories: [{ id: 'c', emoji: '', name: 'C', order: 0 }],
      clips: [
        {
          id: 'k',
          url: c?.url ?? '',
          pageTitle: c?.title ?? '',
          heading: c?.title ?? '',
          description: '',
          comment: '',
          categoryId: 'c',
          issueId: 'i',
          order: 0,
          createdAt: '',
          updatedAt: '',
        },
      ],
    });
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('&lt;script>');
  });
});
