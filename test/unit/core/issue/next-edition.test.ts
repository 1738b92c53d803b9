import { describe, expect, it } from 'vitest';
import { daysBetween, replaceNumber, shiftDates } from '../../../../src/core/issue/frame-step';
import { nextEdition } from '../../../../src/core/issue/next-edition';
import { importIssue, renderIssue } from '../../../../src/core/markdown';

/** The next edition's Markdown, failing the test with the refusal's words. */
function next(markdown: string, options: Parameters<typeof nextEdition>[1] = {}) {
  const result = nextEdition(markdown, options);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const twir = (lines: string) =>
  `Title: This Week in Rust 27\nNumber: 27\nDate: 2024-01-27\nCategory: This Week in Rust\n\nHi, issue 27.\n\n## Updates from Rust Community\n\n${lines}`;

describe('frame dates and numbers', () => {
  it('shifts each date form where it stands, once', () => {
    const text =
      'title: Week Ending July 31, 2022\ndate: 2022-08-02 03:47:00 -0000\nslug: 2022-07-31-update\nlink: weekly-20220720 and Dec. 30, 2023 and 2023年12月30日 and 2023年1月5日';
    expect(shiftDates(text, 7)).toBe(
      'title: Week Ending August 7, 2022\ndate: 2022-08-09 03:47:00 -0000\nslug: 2022-08-07-update\nlink: weekly-20220727 and Jan. 6, 2024 and 2024年01月06日 and 2023年1月12日',
    );
  });

  it('leaves digits that are no date alone', () => {
    const text = 'id 1563708230, 20221399, 2022-13-40, version 20.19';
    expect(shiftDates(text, 7)).toBe(text);
  });

  it('replaces the number where it stands alone in the head, never inside a date', () => {
    expect(replaceNumber('Title: Week 27\nNumber: 27\nDate: 2024-01-27\n', 27, 28, false)).toBe(
      'Title: Week 28\nNumber: 28\nDate: 2024-01-27\n',
    );
    expect(replaceNumber('今回が第 83 回目、#83 です。83 人。', 83, 84, true)).toBe(
      '今回が第 84 回目、#84 です。83 人。',
    );
  });

  it('counts whole days across months and years', () => {
    expect(daysBetween('2022-07-27', '2022-08-03')).toBe(7);
    expect(daysBetween('2023-12-30', '2024-01-06')).toBe(7);
    expect(daysBetween('2024-01-06', '2023-12-30')).toBe(-7);
  });
});

describe('nextEdition on small editions', () => {
  const tight =
    '### Official\n* [A](https://a.example/)\n* [B](https://b.example/)\n\n### Foundation\n* [C](https://c.example/)\n\n## Crate of the Week\n\nThis week: none.\n\n[Please submit your suggestions and votes for next week][submit_crate]!\n';

  it('takes out every item, keeps a blank line under each heading, steps the frame', () => {
    const result = next(twir(tight), { style: 'this-week-in-rust' });
    expect(result.markdown).toBe(
      'Title: This Week in Rust 28\nNumber: 28\nDate: 2024-02-03\nCategory: This Week in Rust\n\nHi, issue 27.\n\n## Updates from Rust Community\n\n### Official\n\n### Foundation\n\n## Crate of the Week\n\nThis week: none.\n\n[Please submit your suggestions and votes for next week][submit_crate]!\n',
    );
    expect(result).toMatchObject({ date: '2024-02-03', number: 28, removed: 3 });
  });

  it('takes the date and number given', () => {
    const result = next(twir(tight), {
      style: 'this-week-in-rust',
      date: '2024-02-10',
      number: 40,
    });
    expect(result.markdown).toMatch(/^Title: This Week in Rust 40\nNumber: 40\nDate: 2024-02-10\n/);
    expect(result).toMatchObject({ date: '2024-02-10', number: 40 });
  });

  it('keeps line endings and a byte order mark as they were', () => {
    const crlf = `\uFEFF${twir(tight).replace(/\n/g, '\r\n')}`;
    const result = next(crlf, { style: 'this-week-in-rust' });
    expect(result.markdown).toBe(
      `\uFEFF${next(twir(tight), { style: 'this-week-in-rust' }).markdown.replace(/\n/g, '\r\n')}`,
    );
  });

  it('refuses what it cannot do, in words', () => {
    const noFrame = '## News\n\n### [A](https://a.example/)\n\nText.\n';
    const refusals: [string, Parameters<typeof nextEdition>[1], RegExp][] = [
      [twir(tight), { date: '2024-02-30' }, /"2024-02-30" is not a date as YYYY-MM-DD/],
      [twir(tight), { number: -1 }, /"-1" is not a whole number/],
      [twir(tight), { style: 'no-such-style' }, /unknown style "no-such-style"/],
      [noFrame, { date: '2024-02-03', style: 'markdown-link' }, /shows no date/],
      [noFrame, { number: 2, style: 'markdown-link' }, /shows no issue number/],
    ];
    for (const [markdown, options, error] of refusals) {
      const result = nextEdition(markdown, options);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(error);
    }
  });

  it('an edition with no date or number in its frame keeps its frame', () => {
    const plain = '## News\n\n### [A](https://a.example/)\n\nText.\n\n## Tools\n\nAlways here.\n';
    const result = next(plain, { style: 'markdown-link' });
    expect(result).toMatchObject({ date: null, number: null, removed: 1 });
    expect(result.markdown).toBe('## News\n\n## Tools\n\nAlways here.\n');
  });

  it('reads back as an edition with no items, and renders byte for byte', () => {
    const { markdown } = next(twir(tight), { style: 'this-week-in-rust' });
    const doc = importIssue(markdown);
    expect(doc.clips.filter((clip) => clip.url)).toEqual([]);
    expect(renderIssue(doc)).toBe(markdown);
  });
});
