/**
 * The item shapes each digest has used, one line of each written here in the digest's
 * manner (not copied from an issue): what a reader calls the item (its URL, its title, its
 * section) is what import makes a clip of, and render gives every byte back.
 */
import { describe, expect, it } from 'vitest';
import { importDocument, renderIssue } from '../../../../../src/core/markdown';

interface Shape {
  shape: string;
  /** The item's lines, written as the digest writes them. */
  text: string;
  /** Lines after the section's items (a reference link's definition). */
  below?: string;
  /** The section's heading line. */
  heading: string;
  clip: { url: string; title: string; section: string };
}

const TWIR_FRAME =
  'Title: This Week in Rust 512\nNumber: 512\nDate: 2023-09-06\nCategory: This Week in Rust\n\nHello and welcome to another issue of *This Week in Rust*!\n\n## Updates from Rust Community\n\n';
const LWKD_FRAME =
  '---\nlayout: post\ntitle: Week Ending March 10, 2024\ndate: 2024-03-12 04:00:00 -0000\nslug: 2024-03-10-update\n---\n\n';
const PW_FRAME =
  '---\ntitle: "Productivity Weekly (2023-12-13号)"\nemoji: "🪑"\ntype: "idea"\ntopics: ["ProductivityWeekly", "生産性向上"]\npublished: true\n---\n\nこんにちは。今回が第 136 回目です。\n\n';

const NECO_FRAME = '# Neco Weekly (2022-07-29号)\n\n第2回目の記事です。\n\n';

const digests: { name: string; style: string; frame: string; shapes: Shape[] }[] = [
  {
    name: 'This Week in Rust',
    style: 'this-week-in-rust',
    frame: TWIR_FRAME,
    shapes: [
      {
        shape: 'list item',
        heading: '### Official',
        text: '* [Announcing Rust 1.72.0](https://blog.rust-lang.org/2023/08/24/Rust-1.72.0.html)',
        clip: {
          url: 'https://blog.rust-lang.org/2023/08/24/Rust-1.72.0.html',
          title: 'Announcing Rust 1.72.0',
          section: 'Official',
        },
      },
      {
        shape: 'list item with a `-` marker',
        heading: '### Newsletters',
        text: '- [The Embedded Rustacean Issue #3](https://www.theembeddedrustacean.com/p/3)',
        clip: {
          url: 'https://www.theembeddedrustacean.com/p/3',
          title: 'The Embedded Rustacean Issue #3',
          section: 'Newsletters',
        },
      },
      {
        shape: 'list item with a `+` marker',
        heading: '### Research',
        text: '+ [Verus: verifying Rust programs](https://arxiv.org/abs/2303.05491)',
        clip: {
          url: 'https://arxiv.org/abs/2303.05491',
          title: 'Verus: verifying Rust programs',
          section: 'Research',
        },
      },
      {
        shape: 'link text over two lines',
        heading: '### Observations/Thoughts',
        text: '* [Why async Rust is the way it is, and what we could\n  change about it](https://without.boats/blog/why-async-rust/)',
        clip: {
          url: 'https://without.boats/blog/why-async-rust/',
          title: 'Why async Rust is the way it is, and what we could change about it',
          section: 'Observations/Thoughts',
        },
      },
      {
        shape: 'code span holding `[` and `\\` in the link text',
        heading: '### Rust Walkthroughs',
        text: '* [Indexing with `[` and reading through `\\*p`](https://example.org/slices)',
        clip: {
          url: 'https://example.org/slices',
          title: 'Indexing with `[` and reading through `\\*p`',
          section: 'Rust Walkthroughs',
        },
      },
      {
        shape: 'reference-style link',
        heading: '### Approved RFCs',
        text: '* [RFC 369: Numerics reform][num].',
        below: '[num]: https://github.com/rust-lang/rfcs/pull/369',
        clip: {
          url: 'https://github.com/rust-lang/rfcs/pull/369',
          title: 'RFC 369: Numerics reform',
          section: 'Approved RFCs',
        },
      },
      {
        shape: 'section named by a linked heading',
        heading: '### [Final Comment Period](https://www.rfcbot.rs/)',
        text: '* [disposition: merge] [Stabilize `let`-chains](https://github.com/rust-lang/rust/pull/94927)',
        clip: {
          url: 'https://github.com/rust-lang/rust/pull/94927',
          title: 'Stabilize `let`-chains',
          section: 'Final Comment Period',
        },
      },
      {
        shape: 'event line with the event nested under its group',
        heading: '### Europe',
        text: '* 2023-09-07 | Berlin, DE | [Rust Berlin](https://www.meetup.com/rust-berlin/)\n    * [**Rust and Tell - Title**](https://www.meetup.com/rust-berlin/events/295000000/)',
        clip: {
          url: 'https://www.meetup.com/rust-berlin/events/295000000/',
          title: 'Rust and Tell - Title',
          section: 'Europe',
        },
      },
      {
        shape: 'event line with a plain nested event link',
        heading: '### Virtual',
        text: '* 2023-09-12 | Virtual (Dallas, TX, US) | [Dallas Rust](https://www.meetup.com/dallas-rust/)\n    * [Second Tuesday](https://www.meetup.com/dallas-rust/events/295111111/)',
        clip: {
          url: 'https://www.meetup.com/dallas-rust/events/295111111/',
          title: 'Second Tuesday',
          section: 'Virtual',
        },
      },
      {
        shape: 'paragraph item (Crate of the Week)',
        heading: '## Crate of the Week',
        text: "This week's crate is [cargo-msrv](https://github.com/foresterre/cargo-msrv), a tool to find your crate's minimum supported Rust version.",
        clip: {
          url: 'https://github.com/foresterre/cargo-msrv',
          title: 'cargo-msrv',
          section: 'Crate of the Week',
        },
      },
      {
        shape: 'attribution under a quote',
        heading: '## Quote of the Week',
        text: '– [kornel on rust-users](https://users.rust-lang.org/t/99999/2)',
        clip: {
          url: 'https://users.rust-lang.org/t/99999/2',
          title: 'kornel on rust-users',
          section: 'Quote of the Week',
        },
      },
    ],
  },
  {
    name: 'LWKD',
    style: 'lwkd',
    frame: LWKD_FRAME,
    shapes: [
      {
        shape: 'feature heading `### [#NNN: title](url)`',
        heading: '## Featured PRs',
        text: '### [#118293: Add status to the PodDisruptionBudget](https://github.com/kubernetes/kubernetes/pull/118293)\n\nThe budget now says why it blocks.',
        clip: {
          url: 'https://github.com/kubernetes/kubernetes/pull/118293',
          title: 'Add status to the PodDisruptionBudget',
          section: 'Featured PRs',
        },
      },
      {
        shape: 'feature heading `### [NNN: title](url)`',
        heading: '## Featured PRs',
        text: '### [122881: Allow the CBOR serializer](https://github.com/kubernetes/kubernetes/pull/122881)\n\nBehind a feature gate.',
        clip: {
          url: 'https://github.com/kubernetes/kubernetes/pull/122881',
          title: 'Allow the CBOR serializer',
          section: 'Featured PRs',
        },
      },
      {
        shape: 'feature heading `### [KEP-NNN: title](url)`',
        heading: '## KEP of the Week',
        text: '### [KEP-753: Sidecar Containers](https://github.com/kubernetes/enhancements/issues/753)\n\nRestartable init containers.',
        clip: {
          url: 'https://github.com/kubernetes/enhancements/issues/753',
          title: 'Sidecar Containers',
          section: 'KEP of the Week',
        },
      },
      {
        shape: 'feature heading `### [repo#NNN: title](url)`',
        heading: '## Featured PRs',
        text: '### [kubectl#1456: Print the subresource](https://github.com/kubernetes/kubectl/pull/1456)\n\nFor `kubectl get`.',
        clip: {
          url: 'https://github.com/kubernetes/kubectl/pull/1456',
          title: 'Print the subresource',
          section: 'Featured PRs',
        },
      },
      {
        shape: 'sentence bullet (title: the whole sentence)',
        heading: '## Other Merges',
        text: '* AWS EBS [works for Windows hosts](https://github.com/kubernetes/kubernetes/pull/123000) in 1.25',
        clip: {
          url: 'https://github.com/kubernetes/kubernetes/pull/123000',
          title: 'AWS EBS works for Windows hosts in 1.25',
          section: 'Other Merges',
        },
      },
      {
        shape: 'sentence bullet with a link and emphasis around the linked words',
        heading: '## Deprecated',
        text: '* The [in-tree Ceph RBD driver](https://github.com/kubernetes/kubernetes/pull/123200) is removed, see [KEP-268](https://github.com/kubernetes/enhancements/issues/268)',
        clip: {
          url: 'https://github.com/kubernetes/kubernetes/pull/123200',
          title: 'The in-tree Ceph RBD driver is removed, see KEP-268',
          section: 'Deprecated',
        },
      },
      {
        shape: 'sentence bullet with a `-` marker',
        heading: '## Promotions',
        text: '- [Pod scheduling readiness](https://github.com/kubernetes/kubernetes/pull/123100) to GA',
        clip: {
          url: 'https://github.com/kubernetes/kubernetes/pull/123100',
          title: 'Pod scheduling readiness to GA',
          section: 'Promotions',
        },
      },
    ],
  },
  {
    name: 'Productivity Weekly',
    style: 'productivity-weekly',
    frame: PW_FRAME,
    shapes: [
      {
        shape: '`## title` then its URL',
        heading: '# news 📺',
        text: '## GitHub Actions: larger runners\nhttps://github.blog/changelog/2023-12-01-larger-runners/\n\nより大きいランナーが使えます。',
        clip: {
          url: 'https://github.blog/changelog/2023-12-01-larger-runners/',
          title: 'GitHub Actions: larger runners',
          section: 'news',
        },
      },
      {
        shape: 'a blank line between `## title` and its URL',
        heading: '# know-how 🎓',
        text: '## Renovate の設定を共有する\n\nhttps://zenn.dev/example/articles/renovate-presets\n\n共有プリセットの話です。',
        clip: {
          url: 'https://zenn.dev/example/articles/renovate-presets',
          title: 'Renovate の設定を共有する',
          section: 'know-how',
        },
      },
      {
        shape: 'a comment right under the URL',
        heading: '# tool 🔨',
        text: '## actionlint 1.6.26\nhttps://github.com/rhysd/actionlint/releases/tag/v1.6.26\nワークフローの検査が速くなりました。',
        clip: {
          url: 'https://github.com/rhysd/actionlint/releases/tag/v1.6.26',
          title: 'actionlint 1.6.26',
          section: 'tool',
        },
      },
      {
        shape: 'a section of several words and an emoji',
        heading: '# Advent Calendar 🎅',
        text: '## CI を速くする 10 の方法\nhttps://zenn.dev/example/articles/advent-ci\n\nアドベントカレンダーの記事です。',
        clip: {
          url: 'https://zenn.dev/example/articles/advent-ci',
          title: 'CI を速くする 10 の方法',
          section: 'Advent Calendar',
        },
      },
      {
        shape: '`### title` then its URL, under a `##` topic with no URL',
        heading: '# news 📺',
        text: '## GitHub Universe 2023 の発表\n\n発表をまとめます。\n\n### Copilot Chat が GA に\nhttps://github.blog/2023-11-08-universe-2023-copilot-chat/\n\nチャットが正式に使えます。',
        clip: {
          url: 'https://github.blog/2023-11-08-universe-2023-copilot-chat/',
          title: 'Copilot Chat が GA に',
          section: 'news',
        },
      },
      {
        shape: 'a read-more bullet under a bold label, with notes nested under it',
        heading: '# koneta 🍘',
        text: '- **know-how 🎓**\n  - [GitHub Actions で環境ごとに変数を切り替える](https://zenn.dev/example/articles/env-vars)\n    - Environments を使わずに切り替える方法の紹介',
        clip: {
          url: 'https://zenn.dev/example/articles/env-vars',
          title: 'GitHub Actions で環境ごとに変数を切り替える',
          section: 'know-how',
        },
      },
    ],
  },
  {
    name: 'Neco Weekly',
    style: 'markdown-link',
    frame: NECO_FRAME,
    shapes: [
      {
        shape: 'heading that is a link',
        heading: '## ✨ Release Notes',
        text: '### [Cilium 1.12](https://isovalent.com/blog/post/cilium-release-112/)\n\nサービスメッシュが入りました。',
        clip: {
          url: 'https://isovalent.com/blog/post/cilium-release-112/',
          title: 'Cilium 1.12',
          section: 'Release Notes',
        },
      },
      {
        shape: 'heading of a link then words (title: the whole heading)',
        heading: '## ✨ Release Notes',
        text: '### [#127](https://github.com/cybozu-go/moco/pull/127) Add support for MySQL 8.0.30\n\n新しいバージョンに対応しました。',
        clip: {
          url: 'https://github.com/cybozu-go/moco/pull/127',
          title: '#127 Add support for MySQL 8.0.30',
          section: 'Release Notes',
        },
      },
    ],
  },
];

describe('every item shape a digest has used', () => {
  for (const digest of digests) {
    for (const shape of digest.shapes) {
      it(`${digest.name}: ${shape.shape}`, () => {
        const below = shape.below ? `\n${shape.below}\n` : '';
        const markdown = `${digest.frame}${shape.heading}\n\n${shape.text}\n${below}`;
        const read = importDocument(markdown);
        expect(read.style.name).toBe(digest.style);
        const sections = new Map(read.doc.categories.map((c) => [c.id, c.name]));
        const clips = read.doc.clips
          .filter((c) => c.url)
          .map((c) => ({ url: c.url, title: c.heading, section: sections.get(c.categoryId) }));
        expect(clips).toEqual([shape.clip]);
        expect(renderIssue(read.doc)).toBe(markdown);
      });
    }
  }

  // The URL block of `## {heading}\n\n{url}` may be left out; a heading without one read as
  // a clip with no link, which no reader calls an item.
  it('Productivity Weekly: a `##` heading with no URL under it is no item', () => {
    const markdown = `${PW_FRAME}# koneta 🍘\n\n## 今週の小ネタ\n\n社内の話です。\n`;
    const read = importDocument(markdown, {});
    expect(read.style.name).toBe('productivity-weekly');
    expect(read.doc.clips).toEqual([]);
    expect(renderIssue(read.doc)).toBe(markdown);
  });

  // The heading is the whole sentence, so an edited one is written once, all of it linked.
  it('LWKD: an edited sentence bullet writes the new sentence as its link, once', () => {
    const item =
      '* AWS EBS [works for Windows hosts](https://github.com/kubernetes/kubernetes/pull/123000) in 1.25';
    const markdown = `${LWKD_FRAME}## Other Merges\n\n${item}\n`;
    const read = importDocument(markdown);
    const clip = read.doc.clips[0];
    if (!clip) throw new Error('the sentence bullet made no clip');
    // Words before and after the link kept: only the linked words changed.
    clip.heading = 'AWS EBS works on Windows Server nodes in 1.25';
    expect(renderIssue(read.doc)).toBe(
      markdown.replace('[works for Windows hosts]', '[works on Windows Server nodes]'),
    );
    clip.heading = 'AWS EBS works on Windows nodes';
    expect(renderIssue(read.doc)).toBe(
      `${LWKD_FRAME}## Other Merges\n\n* [AWS EBS works on Windows nodes](https://github.com/kubernetes/kubernetes/pull/123000)\n`,
    );
  });

  it('Productivity Weekly: each read-more bullet under a bold label is an item of that label', () => {
    const list =
      '- **tool 🔨**\n  - [actionlint 1.6.15](https://github.com/rhysd/actionlint/releases/tag/v1.6.15)\n  - [Renovate 32](https://github.com/renovatebot/renovate/releases/tag/32.0.0)\n    - 設定の移行が要ります\n    - 早めに上げましょう\n- **know-how 🎓**\n  - [CI のキャッシュ](https://zenn.dev/example/articles/ci-cache)';
    const markdown = `${PW_FRAME}# koneta 🍘\n一言ずつ紹介します。\n\n${list}\n`;
    const read = importDocument(markdown);
    expect(read.style.name).toBe('productivity-weekly');
    const sections = new Map(read.doc.categories.map((c) => [c.id, c.name]));
    expect(read.doc.clips.map((c) => [c.url, c.heading, sections.get(c.categoryId)])).toEqual([
      ['https://github.com/rhysd/actionlint/releases/tag/v1.6.15', 'actionlint 1.6.15', 'tool'],
      ['https://github.com/renovatebot/renovate/releases/tag/32.0.0', 'Renovate 32', 'tool'],
      ['https://zenn.dev/example/articles/ci-cache', 'CI のキャッシュ', 'know-how'],
    ]);
    expect(renderIssue(read.doc)).toBe(markdown);
  });

  it('Productivity Weekly: an edited read-more bullet is written back nested under its label', () => {
    const markdown = `${PW_FRAME}# koneta 🍘\n\n- **tool 🔨**\n  - [actionlint 1.6.15](https://github.com/rhysd/actionlint/releases/tag/v1.6.15)\n    - 速くなりました\n`;
    const read = importDocument(markdown);
    const clip = read.doc.clips[0];
    if (!clip) throw new Error('the read-more bullet made no clip');
    clip.heading = 'actionlint 1.6.16';
    expect(renderIssue(read.doc)).toBe(
      markdown.replace('[actionlint 1.6.15]', '[actionlint 1.6.16]'),
    );
  });

  // Written as early This Week in Rust thanked people, and as Neco introduces its team.
  it('This Week in Rust: a list of new contributors is no items', () => {
    const markdown = `${TWIR_FRAME}### Official\n\n* [Rust 0.12 released](https://blog.rust-lang.org/2014/10/09/Rust-0.12.html)\n\n# New Contributors\n\n* [emberian](https://example.org/emberian)\n* Jane Doe\n`;
    const read = importDocument(markdown);
    expect(read.doc.clips.map((c) => c.url)).toEqual([
      'https://blog.rust-lang.org/2014/10/09/Rust-0.12.html',
    ]);
    expect(renderIssue(read.doc)).toBe(markdown);
  });

  it('This Week in Rust: a link to a profile page is no item, wherever it stands', () => {
    const markdown = `${TWIR_FRAME}### Official\n\n* [Rust 1.0 is here](https://blog.rust-lang.org/2015/05/15/Rust-1.0.html)\n* [Rust 1.1 too](https://blog.rust-lang.org/2015/06/25/Rust-1.1.html)\n* [steveklabnik](https://github.com/steveklabnik)\n`;
    const read = importDocument(markdown);
    expect(read.style.name).toBe('this-week-in-rust');
    expect(read.doc.clips.map((c) => c.url)).toEqual([
      'https://blog.rust-lang.org/2015/05/15/Rust-1.0.html',
      'https://blog.rust-lang.org/2015/06/25/Rust-1.1.html',
    ]);
    expect(renderIssue(read.doc)).toBe(markdown);
  });

  // The item's card is the first under its heading; one in the comment is part of it.
  for (const [kind, card] of [
    [
      'blockquote',
      (url: string) =>
        `<blockquote class="embedly-card" data-card-controls="0"><h4><a href="${url}">A page</a></h4><p>About it.</p></blockquote>`,
    ],
    [
      'link',
      (url: string) => `<a class="embedly-card" data-card-controls="0" href="${url}">A page</a>`,
    ],
  ] as const) {
    it(`Neco Weekly: an embedly ${kind} card inside an item's comment stays in that comment`, () => {
      const inComment = `コメント。\n\n${card('https://grafana.com/blog/loki-2-6/')}\n\n続き。`;
      const markdown = `${NECO_FRAME}## ✨ Release Notes\n\n### Loki v2.6.0 リリース\n\n${card('https://github.com/grafana/loki/releases/tag/v2.6.0')}\n\n${inComment}\n\n### Cilium 1.12\n\n${card('https://cilium.io/')}\n\nコメント。\n`;
      const read = importDocument(markdown);
      expect(read.doc.clips.map((c) => [c.url, c.heading, c.lead ?? '', c.comment])).toEqual([
        [
          'https://github.com/grafana/loki/releases/tag/v2.6.0',
          'Loki v2.6.0 リリース',
          '',
          inComment,
        ],
        ['https://cilium.io/', 'Cilium 1.12', '', 'コメント。'],
      ]);
      expect(renderIssue(read.doc)).toBe(markdown);
    });
  }

  it('Neco Weekly: the team’s profile card under "about the team" is no item', () => {
    const card = (url: string, title: string) =>
      `<blockquote class="embedly-card" data-card-controls="0"><h4><a href="${url}">${title}</a></h4><p>About it.</p></blockquote>`;
    const markdown = `# Neco Weekly (2022-07-22号)\n\n第1回目の記事です。\n\n## Neco チームとは\n\nチームの紹介です。\n\n${card('https://github.com/cybozu-neco', 'cybozu-neco - Overview')}\n\n## ✨ Release Notes\n\n### Loki v2.6.0 リリース\n\n${card('https://github.com/grafana/loki/releases/tag/v2.6.0', 'Release v2.6.0')}\n\nコメント。\n`;
    const read = importDocument(markdown);
    expect(read.doc.clips.map((c) => c.url)).toEqual([
      'https://github.com/grafana/loki/releases/tag/v2.6.0',
    ]);
    expect(renderIssue(read.doc)).toBe(markdown);
  });
});
