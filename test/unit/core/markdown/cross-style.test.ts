import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../src/core/markdown/read/import';
import { siteRuleProblems } from '../../../../src/core/markdown/site/front-matter-checks';
import { findStyle } from '../../../../src/core/markdown/style/catalog';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import { requireShared, SHARED_FIXTURES } from '../../helpers/shared-fixtures';

// Under CI a missing ../shared fails rather than skips (helpers/shared-fixtures.ts).
const SHARED = SHARED_FIXTURES;
const present = requireShared();
const md = new MarkdownIt('default', { html: true });

/** Paragraphs at the top level whose whole text is one URL: what Zenn turns into a card. */
function zennCards(markdown: string): string[] {
  const tokens = md.parse(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''), {});
  return tokens.flatMap((token, i) => {
    const inline = tokens[i + 1];
    return token.type === 'paragraph_open' &&
      token.level === 0 &&
      inline &&
      /^https?:\/\/\S+$/.test(inline.content)
      ? [inline.content]
      : [];
  });
}

describe.skipIf(!present)('an issue in another house style', () => {
  const neco = present ? readFileSync(join(SHARED, 'neco-weekly-2022-07-29.md'), 'utf8') : '';

  it("Neco 07-29 as a Zenn article: every card is its bare URL alone in a top-level paragraph, and the front matter passes Zenn's rules", () => {
    const { doc } = importDocument(neco);
    const zenn = findStyle('zenn');
    if (!zenn) throw new Error('zenn is built in');
    const out = renderIssue(doc, zenn);
    expect(zennCards(out)).toEqual(doc.clips.filter((c) => c.url).map((c) => c.url));
    expect(siteRuleProblems(out, zenn)).toEqual([]);
    expect(out).not.toContain('embedly');
  });

  it('Neco 07-29 as This Week in Rust: one tight * [Title](url) bullet per card', () => {
    const { doc } = importDocument(neco);
    const out = renderIssue(doc, 'this-week-in-rust');
    const bullets = [...out.matchAll(/^\* \[(.+)\]\((\S+)\)$/gm)].map((m) => m[2]);
    expect(bullets).toEqual(doc.clips.filter((c) => c.url).map((c) => c.url));
    expect(out).not.toMatch(/^\* .*\n\n\* /m);
    // Read back, the bullets are the same clips.
    expect(importDocument(out).doc.clips.map((c) => c.url)).toEqual(bullets);
  });

  it('This Week in Rust as Neco Weekly: each bullet becomes a ### item with a card', () => {
    const twir = readFileSync(join(SHARED, 'this-week-in-rust-453-2022-07-27.md'), 'utf8');
    const { doc } = importDocument(twir);
    const out = renderIssue(doc, 'embedly-link');
    const cards = [
      ...out.matchAll(/<a class="embedly-card" data-card-controls="0" href="([^"]+)">/g),
    ];
    expect(cards).toHaveLength(doc.clips.filter((c) => c.url).length);
    expect(importDocument(out).style.name).toBe('embedly-link');
  });

  it("a clip added to This Week in Rust's Observations/Thoughts adds exactly one tight bullet at the end of that sub-category", () => {
    const twir = readFileSync(join(SHARED, 'this-week-in-rust-453-2022-07-27.md'), 'utf8');
    const { doc, style } = importDocument(twir);
    const section = doc.categories.find((c) => c.name === 'Observations/Thoughts');
    if (!section) throw new Error('the section is read');
    const last = doc.clips.filter((c) => c.categoryId === section.id).at(-1);
    if (!last) throw new Error('the section has items');
    const added = {
      ...last,
      id: 'new',
      source: undefined,
      extra: undefined,
      url: 'https://example.com/post',
      heading: 'A new post',
      pageTitle: 'A new post',
      order: last.order + 1,
    };
    const out = renderIssue({ ...doc, clips: [...doc.clips, added] }, style);
    const before = twir.split('\n');
    const after = out.split('\n');
    const at = before.findIndex((line) => line.includes(last.url)) + 1;
    expect(after).toEqual([
      ...before.slice(0, at),
      '* [A new post](https://example.com/post)',
      ...before.slice(at),
    ]);
  });

  it('a clip added to Productivity Weekly adds one ## title + bare URL item at the end of its section', () => {
    const pw = readFileSync(join(SHARED, 'productivity-weekly-2022-07-20.md'), 'utf8');
    const { doc, style } = importDocument(pw);
    const first = doc.categories[0];
    const lastClip = doc.clips.filter((c) => c.categoryId === first?.id).at(-1);
    if (!first || !lastClip) throw new Error('the first section has items');
    const added = {
      ...lastClip,
      id: 'new',
      source: undefined,
      extra: undefined,
      url: 'https://example.com/new',
      heading: 'New tool',
      comment: 'Worth a look.',
      order: lastClip.order + 1,
    };
    const out = renderIssue({ ...doc, clips: [...doc.clips, added] }, style);
    const inserted = '## New tool\nhttps://example.com/new\n\nWorth a look.\n\n';
    const at = out.indexOf(inserted);
    expect(at).toBeGreaterThan(0);
    expect(out.slice(0, at) + out.slice(at + inserted.length)).toBe(pw);
  });
});
