import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextEdition } from '../../../../src/core/issue/next-edition';
import { findStyle, importIssue, renderIssue } from '../../../../src/core/markdown';
import { requireShared, sharedFixture } from '../../helpers/shared-fixtures';

/**
 * The next edition started from real issues of three digests: their recurring text is kept
 * where it stood, their items are gone, their frame is moved on a week, and the result is a
 * document the engine reads and writes back unchanged.
 */

const TWIR = 'this-week-in-rust-453-2022-07-27.md';
const LWKD = 'lwkd-2022-07-31.md';
const PW = 'productivity-weekly-2022-07-20.md';
const present = requireShared(TWIR, LWKD, PW);

const read = (name: string) => readFileSync(sharedFixture(name), 'utf8');

function started(name: string, style: string) {
  const previous = read(name);
  const result = nextEdition(previous, { style });
  if (!result.ok) throw new Error(result.error);
  const items = importIssue(previous, { style: findStyle(style) }).clips.flatMap((clip) =>
    clip.source ? [clip.source.text] : [],
  );
  return { previous, items, ...result.value };
}

/** The previous edition with each item's text cut out, in order, found by a plain search. */
function withoutItems(previous: string, items: string[]): string {
  let rest = previous;
  let kept = '';
  for (const item of items) {
    const at = rest.indexOf(item);
    expect(at, `item not found in order: ${item.slice(0, 60)}`).toBeGreaterThanOrEqual(0);
    kept += rest.slice(0, at);
    rest = rest.slice(at + item.length);
  }
  return kept + rest;
}

const nonBlank = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

/**
 * Shared claims: items gone; every other line kept in order, only the frame's lines named
 * in `stepped` (previous line -> next line) changed; a stable document.
 */
function expectStartedFrom(edition: ReturnType<typeof started>, stepped: Record<string, string>) {
  const { previous, items, markdown } = edition;
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) expect(markdown).not.toContain(item);
  const kept = nonBlank(withoutItems(previous, items));
  for (const line of Object.keys(stepped)) expect(kept).toContain(line);
  expect(nonBlank(markdown)).toEqual(kept.map((line) => stepped[line] ?? line));
  const again = importIssue(markdown, { style: findStyle(edition.style) });
  expect(again.clips.filter((clip) => clip.url)).toEqual([]);
  expect(renderIssue(again)).toBe(markdown);
  expect(renderIssue(importIssue(markdown))).toBe(markdown);
  return again;
}

describe.skipIf(!present)('the next edition of real digests', () => {
  it('This Week in Rust 454: recurring text kept, items gone, each heading apart', () => {
    const edition = started(TWIR, 'this-week-in-rust');
    expect(edition).toMatchObject({ number: 454, date: '2022-08-03' });
    expect(
      edition.markdown.startsWith(
        'Title: This Week in Rust 454\nNumber: 454\nDate: 2022-08-03\nCategory: This Week in Rust\n\nHello and welcome to another issue of *This Week in Rust*!\n',
      ),
    ).toBe(true);
    const recurring = [
      '<!--\n\nDear community contributors:\nPlease read README.md for guidance on submissions.\nEach submitted link should be of the form:\n\n* [Title of the Linked Page](https://example.com/my_article)\n',
      '\n[Please submit your suggestions and votes for next week][submit_crate]!\n\n[submit_crate]: https://users.rust-lang.org/t/crate-of-the-week/2704\n',
      "## Call for Participation\n\nAlways wanted to contribute to open-source projects but didn't know where to start?\n",
      '\nIf you are a Rust project owner and are looking for contributors, please submit tasks [here][guidelines].\n',
      '\nIf you are running a Rust event please add it to the [calendar] to get\n',
      "## Jobs\n\nPlease see the latest [Who's Hiring thread on r/rust](https://www.reddit.com/r/rust/comments/voglel/official_rrust_whos_hiring_thread_for_jobseekers/)\n",
      '\n[Please submit quotes and vote for next week!](https://users.rust-lang.org/t/twir-quote-of-the-week/328)\n',
      '\n*This Week in Rust is edited by: [nellshamrell](https://github.com/nellshamrell),',
      '\n*Email list hosting is sponsored by [The Rust Foundation](https://foundation.rust-lang.org/)*\n',
    ];
    for (const text of recurring) {
      expect(edition.previous).toContain(text);
      expect(edition.markdown).toContain(text);
    }
    // Each fixed sub-section stands empty on its own, none run into the next.
    expect(edition.markdown).toContain(
      '-->\n\n### Official\n\n### Foundation\n\n### Project/Tooling Updates\n\n### Observations/Thoughts\n\n### Rust Walkthroughs\n\n## Crate of the Week\n',
    );
    expect(edition.markdown).toContain(
      '### Virtual\n\n### Asia\n\n### Europe\n\n### North America\n\n### Oceania\n\nIf you are running a Rust event',
    );
    expect(edition.markdown).toContain('for more information.\n\nIf you are a Rust project owner');
    const again = expectStartedFrom(edition, {
      'Title: This Week in Rust 453': 'Title: This Week in Rust 454',
      'Number: 453': 'Number: 454',
      'Date: 2022-07-27': 'Date: 2022-08-03',
    });
    expect(again.issue).toMatchObject({ number: 454, date: '2022-08-03' });
  });

  it('LWKD: the week ending, the post date and the slug moved on; fixed sections kept', () => {
    const edition = started(LWKD, 'lwkd');
    expect(edition).toMatchObject({ number: null, date: '2022-08-09' });
    expect(
      edition.markdown.startsWith(
        '---\nlayout: post\ntitle: Week Ending August 7, 2022\ndate: 2022-08-09 03:47:00 -0000\nslug: 2022-08-07-update\n---\n',
      ),
    ).toBe(true);
    expect(edition.markdown).toContain(
      '## Featured PRs\n\n## Other Merges\n\n## Promotions\n\n## Deprecated\n',
    );
    expect(edition.markdown).toContain('## Developer News\n\n');
    expect(edition.markdown).toContain('## Release Schedule\n\n');
    expect(edition.markdown.endsWith('## Version Updates\n\n')).toBe(true);
    const again = expectStartedFrom(edition, {
      'title: Week Ending July 31, 2022': 'title: Week Ending August 7, 2022',
      'date: 2022-08-02 03:47:00 -0000': 'date: 2022-08-09 03:47:00 -0000',
      'slug: 2022-07-31-update': 'slug: 2022-08-07-update',
    });
    expect(again.issue.date).toBe('2022-08-09');
  });

  it('Productivity Weekly 84: title, publish link and the 第 N 回 line moved on', () => {
    const edition = started(PW, 'productivity-weekly');
    expect(edition).toMatchObject({ number: 84, date: '2022-07-27' });
    expect(edition.markdown).toContain('title: "Productivity Weekly (2022-07-27号)"\n');
    expect(edition.markdown).toContain('articles/productivity-weekly-20220727"}\n');
    expect(edition.markdown).toContain('\n今回が第 84 回目です。');
    expect(edition.markdown).toContain(
      '\n\n# news 📺\n\n# know-how 🎓\n\n# tool 🔨\n\n# koneta 🍘\n',
    );
    const afterword = edition.previous.slice(edition.previous.indexOf('# あとがき'));
    expect(afterword.length).toBeGreaterThan(20);
    expect(edition.markdown.endsWith(afterword)).toBe(true);
    const link =
      'user_defined: {"publish_link": "https://zenn.dev/korosuke613/articles/productivity-weekly-';
    const more =
      '回目です。過去の記事は[こちら](https://zenn.dev/topics/productivityweekly?order=latest)。';
    const again = expectStartedFrom(edition, {
      'title: "Productivity Weekly (2022-07-20号)"': 'title: "Productivity Weekly (2022-07-27号)"',
      [`${link}20220720"}`]: `${link}20220727"}`,
      [`今回が第 83 ${more}`]: `今回が第 84 ${more}`,
    });
    expect(again.issue.date).toBe('2022-07-27');
  });
});
