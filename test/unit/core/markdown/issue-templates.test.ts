import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../src/core/markdown/read/import';
import { renderIssue } from '../../../../src/core/markdown/write/render';

const NECO = [
  '# Neco Weekly (2022-07-29号)',
  '',
  '<script async src="//cdn.embedly.com/widgets/platform.js" charset="UTF-8"></script>',
  '',
  '今回は第2回目の記事となります。',
  '',
  '## ✨ New Features',
  '',
  '### Loki',
  '',
  '<a class="embedly-card" data-card-controls="0" href="https://grafana.com/loki">Loki</a>',
  '',
].join('\n');

describe('issue texts are templates', () => {
  it('an imported intro names its number as {number}, so the next issue says its own', () => {
    const { doc, style } = importDocument(NECO);
    expect(doc.issue.intro).toBe('今回は第{number}回目の記事となります。');
    expect(doc.issue.title).toBe('Neco Weekly ({date}号)');
    expect(renderIssue(doc, style)).toBe(NECO);
    const next = { ...doc, issue: { ...doc.issue, number: 3, date: '2022-08-05' }, clips: [] };
    const out = renderIssue(next, style);
    expect(out).toContain('# Neco Weekly (2022-08-05号)');
    expect(out).toContain('今回は第3回目の記事となります。');
    expect(out).toContain('<script async src="//cdn.embedly.com/widgets/platform.js"');
  });

  it("This Week in Rust's metadata lines follow the number and date", () => {
    const twir =
      'Title: This Week in Rust 453\nNumber: 453\nDate: 2022-07-27\nCategory: This Week in Rust\n\nHello.\n\n### Official\n* [A](https://a.example/)\n';
    const { doc, style } = importDocument(twir);
    expect(style.name).toBe('this-week-in-rust');
    const out = renderIssue(
      { ...doc, issue: { ...doc.issue, number: 454, date: '2022-08-03' } },
      style,
    );
    expect(out.split('\n').slice(0, 3)).toEqual([
      'Title: This Week in Rust 454',
      'Number: 454',
      'Date: 2022-08-03',
    ]);
  });
});
