import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../../../../src/core/backup';
import { importDocument, styleOf } from '../../../../../src/core/markdown';
import {
  editableFrontMatter,
  withFrontMatter,
} from '../../../../../src/core/markdown/document/front-matter-fields';
import { renderIssue } from '../../../../../src/core/markdown/write/render';
import { makeBackup, makeIssue } from '../../../helpers/backup-data';
import { requireShared, sharedFixture } from '../../../helpers/shared-fixtures';

// Shaped as Zenn articles and JSer posts write their front matter.
const ZENN = [
  '---',
  'title: "Productivity Weekly (2024-05-01号)"',
  'emoji: "🪑"',
  'type: "idea"',
  'topics: ["ProductivityWeekly", "生産性向上"]',
  'published: true',
  '---',
  '',
  'こんにちは。',
  '',
].join('\n');

const JSER = [
  '---',
  'title: "2024-05-01のJS"',
  'author: "azu"',
  'date : 2024-05-01T03:02:54.858Z',
  'tags:',
  '- JSer',
  '',
  '---',
  '',
  'Intro',
].join('\n');

describe("an issue's own front-matter values", () => {
  it('lists the single-line fields an editor may set, not the title nor a block list', () => {
    expect(editableFrontMatter(ZENN).map((f) => f.key)).toEqual([
      'emoji',
      'type',
      'topics',
      'published',
    ]);
    expect(editableFrontMatter(ZENN).find((f) => f.key === 'topics')?.value).toBe(
      '["ProductivityWeekly", "生産性向上"]',
    );
    expect(editableFrontMatter(JSER).map((f) => f.key)).toEqual(['author', 'date']);
    expect(editableFrontMatter('# No front matter\n\ntext')).toEqual([]);
  });

  it("sets a value on its own line, keeping the colon's spacing and every other byte", () => {
    const out = withFrontMatter(ZENN, { published: 'false', topics: '["ProductivityWeekly"]' });
    expect(out.split('\n')).toEqual(
      ZENN.split('\n').map((line) =>
        line.startsWith('published:')
          ? 'published: false'
          : line.startsWith('topics:')
            ? 'topics: ["ProductivityWeekly"]'
            : line,
      ),
    );
    expect(withFrontMatter(JSER, { date: '2024-05-02T00:00:00.000Z' })).toBe(
      JSER.replace('date : 2024-05-01T03:02:54.858Z', 'date : 2024-05-02T00:00:00.000Z'),
    );
  });

  it('adds a field the front matter lacks at its end, with the line ends the file uses', () => {
    const crlf = ZENN.replaceAll('\n', '\r\n');
    const out = withFrontMatter(crlf, { publication_name: 'cybozu_ept' });
    expect(out).toBe(
      crlf.replace(
        'published: true\r\n---',
        'published: true\r\npublication_name: cybozu_ept\r\n---',
      ),
    );
  });

  it('leaves alone a document without front matter, the title, and values that would break a line', () => {
    expect(withFrontMatter('# Weekly\n', { emoji: '"🐱"' })).toBe('# Weekly\n');
    expect(withFrontMatter(ZENN, { title: '"Other"' })).toBe(ZENN);
    expect(withFrontMatter(ZENN, { emoji: '"🐱"\n---\n<script>' })).toBe(ZENN);
    expect(withFrontMatter(ZENN, { 'bad key': 'x' })).toBe(ZENN);
  });

  it('is written with the issue, and a backup carries it', () => {
    const issue = makeIssue({ id: 'issue-1', frontMatter: { published: 'false' } });
    const parsed = parseBackup(serializeBackup(makeBackup({ issues: [issue] })));
    expect(parsed.ok && parsed.value.issues[0]?.frontMatter).toEqual({ published: 'false' });
  });
});

describe('on a real Productivity Weekly issue', () => {
  const name = 'productivity-weekly-2022-07-20.md';
  it.runIf(requireShared(name))('changes only the line of the value the editor set', () => {
    const original = readFileSync(sharedFixture(name), 'utf8');
    const { doc } = importDocument(original, { style: styleOf('productivity-weekly') });
    expect(renderIssue(doc)).toBe(original);
    const edited = { ...doc, issue: { ...doc.issue, frontMatter: { published: 'false' } } };
    const out = renderIssue(edited);
    const changed = out.split('\n').filter((line, i) => line !== original.split('\n')[i]);
    expect(changed).toEqual(['published: false']);
  });
});
