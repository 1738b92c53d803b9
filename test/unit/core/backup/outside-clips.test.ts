/**
 * A clip from outside this profile (a teammate's pack, another profile's backup, a merged
 * file) is data: its imported text is written only where the house style vouches for it,
 * and its hidden lead makes no markup. A hostile pack whose clip looks harmless in the
 * outline put <script>, <img onerror>, a javascript: link and a forged `## 🔥` section
 * into the export through `source.text` and `lead`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupFromDocument,
  documentFromBackup,
  parseBackup,
  serializeBackup,
} from '../../../../src/core/backup';
import { clipSum, importIssue, renderIssue } from '../../../../src/core/markdown';
import { BUILTIN_STYLES } from '../../../../src/core/markdown/style/builtin';
import { mergeBackupFiles } from '../../../../src/core/merge/files';
import { type Clip, counterIds, type IssueDocument } from '../../../../src/core/model';
import { neutralHiddenMarkdown } from '../../../../src/core/text/hidden-markdown';
import { allAttributes, byTag, elements, markdownToDom, textOf } from '../../helpers/markdown-html';
import { requireShared, SHARED_FIXTURES } from '../../helpers/shared-fixtures';

const STAMP = '2024-01-05T09:00:00.000Z';
const LIVE = '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>';
const FORGED = '## 🔥 Forged section\n\n[Click me](javascript:alert(document.cookie))';

function teammatePack(
  style: string,
  source: ((clip: Clip) => string) | null,
  lead?: string,
): string {
  const clip: Clip = {
    id: 'theirs-1',
    url: 'https://ok.example/article',
    pageTitle: 'A fine article',
    description: 'About things.',
    heading: 'A fine article',
    comment: 'Worth reading.',
    categoryId: 'c',
    issueId: 'i',
    order: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...(lead === undefined ? {} : { lead }),
  };
  const withSource: Clip = source
    ? { ...clip, source: { style, text: source(clip), sum: clipSum(clip), shape: 0 } }
    : clip;
  const doc: IssueDocument = {
    issue: {
      id: 'i',
      title: 'Weekly',
      number: 1,
      date: '2024-01-05',
      header: '',
      intro: '',
      afterwordHeading: '',
      afterword: '',
      style,
      status: 'draft',
      sectionText: {},
      categoryOrder: ['c'],
      createdAt: STAMP,
      updatedAt: STAMP,
    },
    categories: [{ id: 'c', emoji: '✨', name: 'News', order: 0 }],
    clips: [withSource],
  };
  return serializeBackup(backupFromDocument(doc, () => new Date(STAMP)));
}

/** Nothing of the hostile text is live in what a site builds from the Markdown. */
function expectInert(markdown: string) {
  const dom = markdownToDom(markdown);
  for (const tag of ['script', 'img', 'iframe', 'svg', 'style'])
    expect(byTag(dom, tag), markdown).toEqual([]);
  for (const { name, value } of allAttributes(dom)) {
    expect(name.startsWith('on'), markdown).toBe(false);
    if (name === 'href' || name === 'src') expect(value, markdown).toMatch(/^https?:\/\//);
  }
  const headings = elements(dom)
    .filter((el) => /^h[1-6]$/.test(el.tagName))
    .map(textOf);
  expect(
    headings.some((text) => text.includes('Forged')),
    markdown,
  ).toBe(false);
  expect(markdown).not.toMatch(/<script|<img/);
}

const HOSTILE_ITEM: Record<string, (clip: Clip) => string> = {
  'embedly-link': (c) =>
    `### ${c.heading}\n\n${LIVE}\n\n<a class="embedly-card" href="${c.url}">${c.pageTitle}</a>\n\n${c.comment}\n\n${FORGED}\n`,
  'this-week-in-rust': (c) => `* [${c.heading}](${c.url}) ${LIVE.replace('\n\n', ' ')}\n`,
  zenn: (c) => `### ${c.heading}\n\n${c.url}\n\n${c.comment}\n\n${LIVE}\n\n${FORGED}\n`,
};

describe('a teammate pack cannot write markup into the issue', () => {
  for (const [style, source] of Object.entries(HOSTILE_ITEM)) {
    it(`${style}: a forged source.text is written from the clip's fields instead`, () => {
      const parsed = parseBackup(teammatePack(style, source));
      if (!parsed.ok) throw new Error(parsed.error);
      const doc = documentFromBackup(parsed.value);
      if (!doc.ok) throw new Error(doc.error);
      const house = BUILTIN_STYLES.find((s) => s.name === style);
      if (!house) throw new Error(style);
      const markdown = renderIssue(doc.value, house);
      expectInert(markdown);
      expect(markdown).toContain('A fine article');
    });
  }

  it('a hidden lead makes no tag, section, image or foreign link', () => {
    const lead = `${LIVE}\n\n${FORGED}\n\n![pixel](https://track.example/p.gif)\n\n[x]: javascript:alert(1)\n\n<!-- hide the rest`;
    // No imported text: the item is written from its fields, the lead among them.
    const text = teammatePack('embedly-link', null, lead);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const doc = documentFromBackup(parsed.value);
    if (!doc.ok) throw new Error(doc.error);
    const markdown = renderIssue(doc.value, BUILTIN_STYLES[0] as (typeof BUILTIN_STYLES)[0]);
    expectInert(markdown);
    // The comment after the lead is not hidden by an unclosed comment.
    expect(textOf(markdownToDom(markdown))).toContain('Worth reading.');
  });

  it('merged into our pack (the CLI merge, the Team view), the result holds none of it live', () => {
    const ours = teammatePack('embedly-link', (c) => `### ${c.heading}\n`);
    const target = parseBackup(ours);
    const theirs = parseBackup(
      teammatePack('embedly-link', HOSTILE_ITEM['embedly-link'] as (c: Clip) => string, LIVE),
    );
    if (!target.ok || !theirs.ok) throw new Error('not parsed');
    const changed = {
      ...theirs.value,
      clips: theirs.value.clips.map((c) => ({ ...c, id: 'theirs-2', url: 'https://ok.example/2' })),
    };
    const merged = mergeBackupFiles(target.value, changed);
    if (!merged.ok) throw new Error(merged.error);
    const doc = documentFromBackup(merged.value.file);
    if (!doc.ok) throw new Error(doc.error);
    expectInert(renderIssue(doc.value, BUILTIN_STYLES[0] as (typeof BUILTIN_STYLES)[0]));
  });
});

const present = requireShared();
const fixtures = present
  ? readdirSync(SHARED_FIXTURES).filter((f) => f.endsWith('.md') && f !== 'README.md')
  : [];

describe("a pack of a real issue keeps the editors' exact text", () => {
  for (const name of fixtures) {
    it(`${name}: import, pack, read the pack, render: every byte back`, () => {
      const markdown = readFileSync(join(SHARED_FIXTURES, name), 'utf8');
      const doc = importIssue(markdown, { now: () => new Date(STAMP), id: counterIds('r') });
      const pack = serializeBackup(backupFromDocument(doc, () => new Date(STAMP)));
      const parsed = parseBackup(pack);
      if (!parsed.ok) throw new Error(parsed.error);
      const read = documentFromBackup(parsed.value);
      if (!read.ok) throw new Error(read.error);
      const kept = read.value.clips.filter(
        (clip, i) => clip.source?.text === doc.clips[i]?.source?.text,
      );
      expect(kept.length, name).toBe(doc.clips.length);
      const house = BUILTIN_STYLES.find((s) => s.name === doc.issue.style);
      if (!house) throw new Error(doc.issue.style);
      expect(renderIssue(read.value, house)).toBe(markdown);
    });
  }
});

describe('neutralHiddenMarkdown', () => {
  it('makes no tag, comment, heading, underline, definition, image or foreign link', () => {
    const cases: [string, string][] = [
      ['<script>x</script>', '&lt;script>x&lt;/script>'],
      ['<!-- hide', '&lt;!-- hide'],
      ['## 🔥 Forged', '&#35;# 🔥 Forged'],
      ['Title\n===', 'Title\n&#61;=='],
      ['[a]: javascript:x', '\\[a]: javascript:x'],
      ['![p](https://t.example/p.gif)', '\\![p](https://t.example/p.gif)'],
      [
        '[x](javascript:alert(1)) [y](https://ok.example/)',
        '[x\\](javascript:alert(1)) [y](https://ok.example/)',
      ],
      [
        '*Plain* `code` and [a link](https://ok.example/).',
        '*Plain* `code` and [a link](https://ok.example/).',
      ],
    ];
    for (const [text, expected] of cases) expect(neutralHiddenMarkdown(text), text).toBe(expected);
  });

  it('changes nothing the second time', () => {
    for (const text of [LIVE, FORGED, '<!-- x\r\n## y\r\n---', '![a](b) [c]: d'])
      expect(neutralHiddenMarkdown(neutralHiddenMarkdown(text))).toBe(neutralHiddenMarkdown(text));
  });
});
