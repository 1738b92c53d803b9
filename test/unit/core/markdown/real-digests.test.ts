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
