import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTMLAttribute } from 'entities';
import { describe, expect, it } from 'vitest';
import { importIssue } from '../../../../src/core/markdown/read/import';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import { requireShared, SHARED_FIXTURES } from '../../helpers/shared-fixtures';

// The real issues live beside the project, not in it.
// Skips only on a developer's machine without ../shared; under CI=true it throws instead.
const SHARED = SHARED_FIXTURES;
const present = requireShared();

const read = (name: string) => readFileSync(join(SHARED, name), 'utf8');

// An embedly card line of either form, with or without data-card-controls.
const CARD =
  /^(?:<a class="embedly-card"(?: data-card-controls="0")? href="([^"]*)">.*<\/a>|<blockquote class="embedly-card"(?: data-card-controls="0")?><h4><a href="([^"]*)">.*<\/blockquote>)$/;

/** Card lines found by a plain scan, independent of the importer's item structure. */
function cardUrls(markdown: string): string[] {
  return markdown.split('\n').flatMap((line) => {
    const card = CARD.exec(line);
    return card ? [decodeHTMLAttribute(card[1] ?? card[2] ?? '')] : [];
  });
}

describe.skipIf(!present)('real Neco Weekly issues', () => {
  for (const name of [
    'neco-weekly-2022-07-22.md',
    'neco-weekly-2022-07-29.md',
    'neco-weekly-2022-08-05.md',
  ]) {
    it(`${name}: import then render gives the file back byte for byte`, () => {
      const markdown = read(name);
      expect(renderIssue(importIssue(markdown))).toBe(markdown);
    });

    it(`${name}: every item card was parsed into a clip (markdown-link shows it as a heading link)`, () => {
      const markdown = read(name);
      const doc = importIssue(markdown);
      const out = renderIssue(doc, 'markdown-link');
      const headingLinks = [...out.matchAll(/^### \[(.+)\]\((\S+)\)$/gm)].map((m) => m[2]);
      const withUrl = doc.clips.filter((c) => c.url);
      expect(headingLinks).toEqual(withUrl.map((c) => c.url));
      // Each parsed card is gone from the output; only cards kept as text (section text,
      // extra cards in a comment) remain, and those are still in the original.
      const remaining = cardUrls(out);
      for (const clip of withUrl)
        expect(remaining.filter((u) => u === clip.url).length).toBeLessThan(
          cardUrls(markdown).filter((u) => u === clip.url).length,
        );
      expect(withUrl.every((c) => c.pageTitle !== '')).toBe(true);
    });
  }

  it('07-29: the hand-written "## The Art of SLOs" is an item of Notable Articles, written as ### by other styles', () => {
    const doc = importIssue(read('neco-weekly-2022-07-29.md'));
    const clip = doc.clips.find((c) => c.heading === 'The Art of SLOs');
    const notable = doc.categories.find((c) => c.name === 'Notable Articles');
    expect(clip?.categoryId).toBe(notable?.id);
    expect(clip?.pageTitle).toBe('Google - Site Reliability Engineering');
    expect(renderIssue(doc, 'embedly-blockquote')).toMatch(/^### The Art of SLOs$/m);
  });

  it('08-05: blockquote cards carry the page description', () => {
    const doc = importIssue(read('neco-weekly-2022-08-05.md'));
    expect(doc.issue.style).toBe('embedly-blockquote');
    const metacontroller = doc.clips.find((c) => c.heading === 'Metacontroller');
    expect(
      metacontroller?.description.startsWith('Metacontroller is an add-on for Kubernetes'),
    ).toBe(true);
    expect(doc.categories.map((c) => c.emoji)).toEqual(['✨', '📘', '🤝', '👀', '🛠️']);
  });

  it('This Week in Rust: a different house style loses no line', () => {
    const markdown = read('this-week-in-rust-453-2022-07-27.md');
    const out = renderIssue(importIssue(markdown));
    // Its hand spacing (no blank line after some headings) is normalised; every
    // non-blank line survives in order.
    const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
    expect(lines(out)).toEqual(lines(markdown));
  });
});
