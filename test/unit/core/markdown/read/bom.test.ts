import { describe, expect, it } from 'vitest';
import {
  findStyle,
  type HouseStyle,
  importDocument,
  importIssue,
  renderIssue,
  siteRuleProblems,
} from '../../../../../src/core/markdown';
import { readFixture } from '../../../helpers/golden';

const BOM = '\uFEFF';
const zenn = `---\ntitle: "Weekly"\nemoji: "🐱"\ntype: "tech"\ntopics: ["neco"]\npublished: false\n---\n\nIntro.\n\n## Links\n\n### A page\n\nhttps://example.com/a\n\nA comment.\n`;
const sectionFirst = '## Links\r\n\r\n### [A](https://example.com/a)\r\n\r\nC.\r\n';

// A byte order mark was lost on import and render: the first line was read with it, and
// nothing kept it for the output.
describe('a document that opens with a byte order mark', () => {
  for (const [name, text] of [
    ['the sample issue', readFixture('sample-issue.md')],
    ['a Zenn issue with front matter', zenn],
    ['a CRLF issue that opens with a section', sectionFirst],
  ] as const) {
    it(`${name}: is read as without it and written back with it, byte for byte`, () => {
      const plain = importDocument(text);
      const marked = importDocument(`${BOM}${text}`);
      expect(marked.style.name).toBe(plain.style.name);
      expect(marked.doc.clips.map((c) => c.url)).toEqual(plain.doc.clips.map((c) => c.url));
      expect(marked.doc.issue.title).toBe(plain.doc.issue.title);
      expect(renderIssue(marked.doc)).toBe(`${BOM}${text}`);
    });
  }

  it('keeps it first when the frame is written anew', () => {
    const doc = importIssue(`${BOM}${readFixture('sample-issue.md')}`);
    const out = renderIssue({
      ...doc,
      issue: { ...doc.issue, title: 'Another title', number: 99 },
    });
    expect(out.startsWith(`${BOM}# Another title`)).toBe(true);
    expect(out.indexOf(BOM, 1)).toBe(-1);
  });

  it('does not hide Zenn front matter from the site checks', () => {
    const style = findStyle('zenn') as HouseStyle;
    expect(siteRuleProblems(`${BOM}${zenn}`, style)).toEqual(siteRuleProblems(zenn, style));
    expect(siteRuleProblems(`${BOM}${zenn}`, style)).toEqual([]);
  });
});
