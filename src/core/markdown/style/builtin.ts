import { TWIR_LINK_RULES } from '../../links/rules';
import type { HouseStyle } from './schema';

/**
 * The built-in house styles, one per real digest. Each is plain data of the same shape a
 * user writes; the engine has no code of its own for any of them.
 */

const NECO_FRAME = '# {title}\n\n{header}\n\n{intro}';
const NECO_SECTION = '## {#emoji}{emoji} {/emoji}{name}';
const NECO_AFTERWORD = '## {afterwordHeading}\n\n{afterword}';
const NECO_FILE = '{year}/{month}/{date}.md';
// The team's own profile page, which the issues show as a card under "about the team".
const NECO_PLAIN = { links: ['https://github.com/*'] };
/** A section headed by its name alone. */
const bare = (name: string) => ({ emoji: '', name });

const card = {
  link: '<a class="embedly-card" data-card-controls="0" href="{url}">{pageTitle}</a>',
  linkPlain: '<a class="embedly-card" href="{url}">{pageTitle}</a>',
  quote:
    '<blockquote class="embedly-card" data-card-controls="0"><h4><a href="{url}">{pageTitle}</a></h4>{#description}<p>{description}</p>{/description}</blockquote>',
  quotePlain:
    '<blockquote class="embedly-card"><h4><a href="{url}">{pageTitle}</a></h4>{#description}<p>{description}</p>{/description}</blockquote>',
};
const withCard = (html: string) => `### {heading}\n\n{lead}\n\n${html}\n\n{comment}`;
// An item the editor wrote without a card: a heading and a comment.
const NO_CARD = '### {heading}\n\n{comment}';

// Labels for the items' own variables; the choices are the tags This Week in Rust puts
// before a link (its issues show `[audio]` and, under RFCs, `[new]`).
const AROUND = {
  before: { label: 'Text before the link' },
  after: { label: 'Text after the link' },
};
const TWIR_FIELDS = {
  prefix: { label: 'Tags before the link', choices: ['[video]', '[audio]', '[series]', '[new]'] },
  ...AROUND,
};

const zennFrontMatter = (emoji: string, type: string, topics: string, published: boolean) =>
  `---\ntitle: "{title}"\nemoji: "${emoji}"\ntype: "${type}"\ntopics: [${topics}]\npublished: ${published}\n---\n\n{intro}`;

export const BUILTIN_STYLES: readonly HouseStyle[] = [
  {
    version: 1,
    name: 'embedly-link',
    label: 'Neco Weekly (GitBook): ### heading, embedly link card, comment',
    frame: NECO_FRAME,
    section: NECO_SECTION,
    items: [
      withCard(card.link),
      withCard(card.linkPlain),
      withCard(card.quote),
      withCard(card.quotePlain),
      NO_CARD,
    ],
    afterword: NECO_AFTERWORD,
    file: NECO_FILE,
    plain: NECO_PLAIN,
  },
  {
    version: 1,
    name: 'embedly-blockquote',
    label: 'Neco Weekly (GitBook): ### heading, embedly blockquote card with description, comment',
    frame: NECO_FRAME,
    section: NECO_SECTION,
    items: [
      withCard(card.quote),
      withCard(card.quotePlain),
      withCard(card.link),
      withCard(card.linkPlain),
      NO_CARD,
    ],
    afterword: NECO_AFTERWORD,
    file: NECO_FILE,
    plain: NECO_PLAIN,
  },
  {
    version: 1,
    name: 'markdown-link',
    label: 'Neco / Cybozu Frontend Weekly: ### [heading](url), comment',
    frame: NECO_FRAME,
    section: NECO_SECTION,
    items: [
      '### [{heading}]({url})\n\n{comment}',
      // A heading whose link is followed by words (`### [#127](url) Add support for …`):
      // the item's title is the whole heading (template/sentence.ts).
      '### [{linkText}]({url}){linkTail}\n\n{comment}',
      NO_CARD,
    ],
    afterword: NECO_AFTERWORD,
    file: NECO_FILE,
    plain: NECO_PLAIN,
  },
  {
    version: 1,
    name: 'zenn',
    label: 'Neco Weekly on Zenn: ### heading, the bare URL as a link card, comment',
    frame: zennFrontMatter('🐱', 'tech', '"neco", "kubernetes"', false),
    section: NECO_SECTION,
    items: ['### {heading}\n\n{url}\n\n{comment}', '### {heading}\n\n@[card]({url})\n\n{comment}'],
    afterword: NECO_AFTERWORD,
    file: 'articles/neco-weekly-{date}.md',
    plain: NECO_PLAIN,
    rules: ['zenn'],
  },
  {
    version: 1,
    name: 'productivity-weekly',
    label: 'Productivity Weekly (Zenn): # section emoji, ## title, bare URL card, comment',
    frame: zennFrontMatter('🪑', 'idea', '"ProductivityWeekly", "生産性向上"', true),
    section: '# {name}{#emoji} {emoji}{/emoji}',
    items: [
      '## {heading}\n{url}\n\n{comment}',
      '## {heading}\n@[card]({url})\n\n{comment}',
      // A blank line between the title and its URL, and a comment right under the URL.
      '## {heading}\n\n{url}\n\n{comment}',
      '## {heading}\n{url}\n{comment}',
      // A topic's own items: `### title` and its URL under a `##` heading that has none.
      '### {heading}\n{url}\n\n{comment}',
      '### {heading}\n{url}\n{comment}',
      // A read-more bullet nested under a bold label (`- **know-how 🎓**`), with or
      // without notes under it (read/groups.ts).
      '  - [{heading}]({url})\n{comment}',
      '  - [{heading}]({url})',
    ],
    afterword: '# {afterwordHeading}\n{afterword}',
    file: 'articles/productivity-weekly-{compactDate}.md',
    rules: ['zenn'],
    starter: {
      title: 'Productivity Weekly ({date}号)',
      sections: [
        { emoji: '📺', name: 'news' },
        { emoji: '🎓', name: 'know-how' },
        { emoji: '🔨', name: 'tool' },
        { emoji: '🍘', name: 'koneta' },
      ],
    },
  },
  {
    version: 1,
    name: 'this-week-in-rust',
    label: 'This Week in Rust: metadata lines, ### sub-categories of tight * [Title](url) bullets',
    frame: 'Title: {title}\nNumber: {number}\nDate: {date}\nCategory: This Week in Rust\n\n{intro}',
    section: '### {name}',
    parent: '## Updates from Rust Community',
    items: [
      '* {prefix}[{heading}]({url})',
      '* {before}[{heading}]({url}){after}',
      // An event: the group's line, then the event's own link nested under it.
      '* {before}\n    * [**{heading}**]({url}){after}',
      '* {before}\n    * [{heading}]({url}){after}',
      // Crate of the Week is a paragraph; a quote's attribution is a line of its own.
      "This week's crate is [{heading}]({url}){after}",
      '– [{heading}]({url}){after}',
      '— [{heading}]({url}){after}',
    ],
    tight: true,
    file: 'content/{date}-this-week-in-rust.md',
    // Early issues thanked new contributors by name, each linked to their profile.
    plain: { sections: ['New Contributors'], links: ['https://github.com/*'] },
    links: TWIR_LINK_RULES,
    fields: TWIR_FIELDS,
    starter: {
      title: 'This Week in Rust {number}',
      sections: [
        'Official',
        'Foundation',
        'Newsletters',
        'Project/Tooling Updates',
        'Observations/Thoughts',
        'Rust Walkthroughs',
        'Research',
        'Miscellaneous',
      ].map(bare),
    },
  },
  {
    version: 1,
    name: 'lwkd',
    label:
      'Last Week in Kubernetes Development: ### [#NNN: title](url) features, * sentence [link](url) bullets',
    frame: '---\nlayout: post\ntitle: {title}\ndate: {date}\nslug: {date}-update\n---\n\n{intro}',
    section: '## {name}',
    items: [
      // A sentence bullet: its title is the whole sentence (template/sentence.ts).
      '* {before}[{linkText}]({url}){after}',
      '### [#{pr}: {heading}]({url})\n\n{comment}',
      // Later features: `### [KEP-NNN: …](url)`, `### [repo#NNN: …](url)`, `### [NNN: …](url)`.
      '### [{pr}: {heading}]({url})\n\n{comment}',
    ],
    tight: true,
    file: '_posts/{date}-update.md',
    fields: { ...AROUND, pr: { label: 'Pull request number' } },
    starter: {
      title: 'Week Ending {date}',
      sections: [
        'Developer News',
        'Release Schedule',
        'Featured PRs',
        'KEP of the Week',
        'Other Merges',
        'Promotions',
        'Deprecated',
        'Version Updates',
        'Subprojects and Dependency Updates',
      ].map(bare),
    },
  },
  {
    version: 1,
    name: 'jser',
    label:
      'JSer.info: ----separated ## title, [host/path](url "title"), tags, comment, under genre headings',
    frame:
      '---\ntitle: "{title}"\nauthor: "azu"\nlayout: post\ndate : {date}\ncategory: JSer\ntags:\n- JSer\n\n---\n\n{intro}',
    section: '<h1 class="site-genre">{name}</h1>',
    items: [
      '## {heading}\n[{urlText}]({url} "{pageTitle}")\n<p class="jser-tags jser-tag-icon">{tags}</p>\n\n{comment}',
    ],
    separator: '----',
    file: '_i18n/ja/_posts/{year}/{date}-{number}.md',
    fields: { tags: { label: 'Tags (HTML)' } },
    starter: {
      title: '{date}のJS',
      sections: [
        'ヘッドライン',
        'アーティクル',
        'スライド、動画関係',
        'サイト、サービス、ドキュメント',
        'ソフトウェア、ツール、ライブラリ関係',
        '書籍関係',
      ].map(bare),
    },
  },
];

export const BUILTIN_STYLE_NAMES = BUILTIN_STYLES.map((style) => style.name);
