import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../src/core/markdown/read/import';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import { requireShared, SHARED_FIXTURES } from '../../helpers/shared-fixtures';

// Under CI a missing ../shared fails rather than skips (helpers/shared-fixtures.ts).
const SHARED = SHARED_FIXTURES;
const present = requireShared();
const files = present
  ? readdirSync(SHARED).filter((f) => f.endsWith('.md') && f !== 'README.md')
  : [];

const md = new MarkdownIt('default', { html: true });
const LINK = /\]\((https?:\/\/[^\s)]+)/;
const CARD = /class="embedly-card"/;

/**
 * Link items counted from CommonMark structure alone, without the engine: a heading (level
 * 2 to 4) whose text links somewhere or whose next block is a link card (embedly HTML, a
 * bare URL paragraph, a lone link line); and, below the first heading (above it is the
 * intro), a top-level bullet holding a link that does not sit inside such a heading item.
 */
function linkItems(markdown: string): number {
  const tokens = md.parse(
    markdown.replace(/^---\n[\s\S]*?\n---\n/, (m) => '\n'.repeat(m.split('\n').length - 1)),
    {},
  );
  let count = 0;
  let insideItem = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.level !== 0) continue;
    if (token.type === 'heading_open') {
      const level = Number(token.tag.slice(1));
      const text = tokens[i + 1]?.content ?? '';
      const next = tokens[i + 3];
      const nextText =
        next?.type === 'paragraph_open'
          ? (tokens[i + 4]?.content ?? '')
          : next?.type === 'html_block'
            ? next.content
            : '';
      const first = nextText.split('\n')[0] ?? '';
      const card =
        CARD.test(first) ||
        /^https?:\/\/\S+$/.test(first) ||
        /^\[[^\]]*\]\(https?:\/\/[^)\s]+(?: "[^"]*")?\)$/.test(first);
      insideItem = level >= 2 && level <= 4 && (LINK.test(text) || card);
      if (insideItem) count++;
    } else if (token.type === 'bullet_list_open' && !insideItem) {
      for (let j = i + 1; j < tokens.length && (tokens[j]?.level ?? 0) > 0; j++) {
        const inner = tokens[j];
        if (inner?.type === 'list_item_open' && inner.level === 1) {
          const para = tokens[j + 2];
          if (para?.type === 'inline' && LINK.test(para.content)) count++;
        }
      }
    }
  }
  return count;
}

/** Text as a reader compares it: escapes and entities read, white space single. */
const flat = (text: string) =>
  text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** A Markdown heading line, or a genre heading as JSer.info writes it in HTML. */
const isHeading = (line: string) => /^#{1,6} |^<h[1-6][ >]/.test(line);

describe.skipIf(!present)('real digest issues', () => {
  for (const name of files) {
    it(`${name}: import then render in the detected style gives every byte back`, () => {
      const markdown = readFileSync(join(SHARED, name), 'utf8');
      const { doc, style } = importDocument(markdown);
      expect(renderIssue(doc, style)).toBe(markdown);
    });

    it(`${name}: at least 95% of the link items became clips with their URL`, () => {
      const markdown = readFileSync(join(SHARED, name), 'utf8');
      const { doc, style } = importDocument(markdown);
      const expected = linkItems(markdown);
      const found = doc.clips.filter((c) => c.url !== '');
      console.log(
        `${name}: style ${style.name}, ${expected} link items in the source, ${found.length} clips with a URL`,
      );
      expect(expected).toBeGreaterThan(0);
      expect(found.length).toBeGreaterThanOrEqual(Math.ceil(expected * 0.95));
      for (const clip of found) expect(markdown).toContain(clip.url.replace(/&/g, '&'));
    });
  }

  for (const name of files) {
    // Every clip listed with its URL, title and section, and each checked against the file:
    // its URL and title stand in its own lines, and its section's heading is the last one
    // above them that names it.
    it(`${name}: every clip's URL, title and section are what the file shows`, () => {
      const markdown = readFileSync(join(SHARED, name), 'utf8');
      const { doc } = importDocument(markdown);
      const sections = new Map(doc.categories.map((c) => [c.id, c.name]));
      const listing: string[] = [];
      let from = 0;
      for (const clip of doc.clips.filter((c) => c.url)) {
        const title = clip.heading || clip.pageTitle;
        const section = sections.get(clip.categoryId) ?? '';
        listing.push(`  [${section}] ${title} <${clip.url}>`);
        const text = clip.source?.text ?? '';
        const at = markdown.indexOf(text, from);
        expect(
          at,
          `${name}: the item's own lines stand in the file, in order`,
        ).toBeGreaterThanOrEqual(from);
        from = at + text.length;
        expect(text, `${name}: the URL is in the item`).toContain(clip.url.replace(/&amp;/g, '&'));
        // A sentence bullet's title is its whole sentence, which reads across its link.
        const words = flat(text.replace(/\[([^[\]\n]*)\]\([^()\s]*\)/g, '$1'));
        const shown = flat(text).includes(flat(title)) ? flat(text) : words;
        expect(shown, `${name}: the title is in the item`).toContain(flat(title));
        const above = markdown.slice(0, at).split('\n').filter(isHeading);
        const heading = above.findLast((line) => flat(line).includes(flat(section)));
        expect(heading, `${name}: a heading above "${title}" names "${section}"`).toBeDefined();
      }
      console.log(`${name}: ${listing.length} clips\n${listing.join('\n')}`);
      expect(listing.length).toBeGreaterThan(0);
    });
  }

  // Items read off the files by eye, one of each kind the styles now read: each must be a
  // clip with exactly this URL, title and section.
  const seen: [file: string, url: string, title: string, section: string][] = [
    [
      'this-week-in-rust-453-2022-07-27.md',
      'https://berline.rs/2022/08/02/rust-hack-and-learn.html',
      'Rust Hack and Learn',
      'Virtual',
    ],
    [
      'this-week-in-rust-453-2022-07-27.md',
      'https://crates.io/crates/cargo-semver-checks',
      'cargo-semver-checks',
      'Crate of the Week',
    ],
    [
      'this-week-in-rust-453-2022-07-27.md',
      'https://blog.polybdenum.com/2022/07/24/fixing-the-next-thousand-deadlocks-why-buffered-streams-are-broken-and-how-to-make-them-safer.html',
      'Robert Grosse on their blog',
      'Quote of the Week',
    ],
    [
      'this-week-in-rust-453-2022-07-27.md',
      'https://github.com/rust-lang/rfcs/pull/3289',
      'RFC: resolve crates.io source replacement ambiguity',
      'Approved RFCs',
    ],
    [
      'lwkd-2022-07-31.md',
      'https://github.com/kubernetes/kubernetes/pull/106388',
      'Ignore non-semantic changes to objects',
      'Featured PRs',
    ],
    [
      'lwkd-2022-07-31.md',
      'https://github.com/kubernetes/kubernetes/pull/111481',
      'e2e tests enable volume drivers via a flag',
      'Other Merges',
    ],
    [
      'productivity-weekly-2022-07-20.md',
      'https://r7kamura.com/articles/2022-07-18-release-notes-management',
      'リリースノート管理術',
      'know-how',
    ],
    [
      'productivity-weekly-2022-07-20.md',
      'https://zenn.dev/toritori0318/articles/7c4505d800d2eb',
      'GitHub Actionsでワークフローは使いまわしたいけど環境別に変数切り替えしたい場合',
      'know-how',
    ],
    [
      'cybozu-frontend-weekly-2022-06.md',
      'https://prettier.io/blog/2022/06/14/2.7.0.html',
      'Prettier 2.7',
      'Framework, Library',
    ],
    [
      'jser-585-2022-03-29.md',
      'https://www.mizdra.net/entry/2022/03/24/093000',
      "npm-scripts を書く時の手癖 - mizdra's blog",
      'アーティクル',
    ],
  ];

  it('the items read off the files by eye are clips with their URL, title and section', () => {
    for (const [file, url, title, section] of seen.filter(([f]) => files.includes(f))) {
      const { doc } = importDocument(readFileSync(join(SHARED, file), 'utf8'));
      const named = (id: string) => doc.categories.find((c) => c.id === id)?.name;
      // A URL an issue links twice (a post, then its quote) is two clips.
      const clips = doc.clips
        .filter((c) => c.url === url)
        .map((c) => ({ title: c.heading || c.pageTitle, section: named(c.categoryId) }));
      expect(clips, `${file} ${url}`).toContainEqual({ title, section });
    }
  });

  it('each digest is read in its own house style', () => {
    const styleOf = (file: string) =>
      importDocument(readFileSync(join(SHARED, file), 'utf8')).style.name;
    const expected: Record<string, string> = {
      'this-week-in-rust': 'this-week-in-rust',
      lwkd: 'lwkd',
      'productivity-weekly': 'productivity-weekly',
      jser: 'jser',
      'cybozu-frontend-weekly': 'markdown-link',
    };
    for (const file of files) {
      const key = Object.keys(expected).find((prefix) => file.startsWith(prefix));
      if (key) expect(styleOf(file), file).toBe(expected[key]);
      if (file.startsWith('neco-weekly'))
        expect(['embedly-link', 'embedly-blockquote']).toContain(styleOf(file));
    }
  });
});
