import { describe, expect, it } from 'vitest';
import { siteChecks } from '../../../../src/core/markdown/site/checks';
import { issueFilePath } from '../../../../src/core/markdown/site/file-path';
import { findStyle } from '../../../../src/core/markdown/style/catalog';
import type { HouseStyle } from '../../../../src/core/markdown/style/schema';
import { makeClip } from '../../helpers/backup-data';

const style = (name: string) => findStyle(name) as HouseStyle;
const issue = { date: '2022-07-29', number: 2 };

describe('the file each site expects', () => {
  it('names the path of every built-in style from the issue', () => {
    expect(issueFilePath(style('embedly-link'), issue)).toBe('2022/07/2022-07-29.md');
    expect(issueFilePath(style('zenn'), issue)).toBe('articles/neco-weekly-2022-07-29.md');
    expect(issueFilePath(style('productivity-weekly'), issue)).toBe(
      'articles/productivity-weekly-20220729.md',
    );
    expect(issueFilePath(style('this-week-in-rust'), issue)).toBe(
      'content/2022-07-29-this-week-in-rust.md',
    );
    expect(issueFilePath(style('lwkd'), issue)).toBe('_posts/2022-07-29-update.md');
  });

  it('names an issue without a date too', () => {
    expect(issueFilePath(style('embedly-link'), { date: '', number: null })).toBe(
      'undated/undated/undated.md',
    );
  });

  it('keeps a hostile template to safe path segments', () => {
    expect(issueFilePath({ file: '../{date}/../../x y.md' }, issue)).toBe(
      'issue/2022-07-29/issue/issue/x-y.md',
    );
  });
});

describe('what the site would do with the issue', () => {
  const zenn = style('zenn');
  const front =
    '---\ntitle: "Neco Weekly (2022-07-29号)"\nemoji: "🐱"\ntype: "tech"\ntopics: ["neco"]\npublished: true\n---\n\n';

  it('names a clip whose URL Zenn would not turn into a card', () => {
    const card = makeClip({ id: 'a', url: 'https://a.example/' });
    const listed = makeClip({ id: 'b', url: 'https://b.example/' });
    const markdown = `${front}### A\n\nhttps://a.example/\n\n### B\n\n- https://b.example/\n`;
    expect(siteChecks(markdown, zenn, [card, listed])).toEqual([
      { kind: 'not-a-card', clipId: 'b' },
    ]);
  });

  it('reports Zenn front matter rules and a link seen in an earlier issue', () => {
    const clip = makeClip({ id: 'a', url: 'https://a.example/?utm_source=x' });
    const markdown =
      '---\ntitle: "x"\nemoji: "no"\ntype: "blog"\ntopics: []\npublished: yes\n---\n\nhttps://a.example/?utm_source=x\n';
    const findings = siteChecks(
      markdown,
      zenn,
      [clip],
      new Map([['https://a.example/', 'Neco Weekly (2022-07-22号)']]),
    );
    expect(findings.filter((f) => f.kind === 'site-rule')).toHaveLength(4);
    expect(findings).toContainEqual({
      kind: 'earlier-issue',
      clipId: 'a',
      issue: 'Neco Weekly (2022-07-22号)',
    });
  });
});
