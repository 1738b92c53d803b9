import { describe, expect, it } from 'vitest';
import {
  BUILTIN_STYLE_NAMES,
  expandEditionPath,
  matchArchivePath,
  matchEditionPath,
  patternProblem,
  proposedLayout,
  REPOSITORY_LAYOUTS,
} from '../../../../src/core/markdown';

const issue = { date: '2022-07-27', number: 453 };

describe('proposed repository layouts', () => {
  it('each digest with a known repository proposes its own layout', () => {
    expect(proposedLayout('this-week-in-rust')).toEqual({
      upstream: 'https://github.com/rust-lang/this-week-in-rust.git',
      branch: 'master',
      edition: 'draft/{date}-this-week-in-rust.md',
      archive: ['content/'],
    });
    expect(proposedLayout('lwkd')).toMatchObject({
      edition: '_posts/{date}-update.md',
      archive: ['_posts/'],
    });
    expect(proposedLayout('productivity-weekly')).toMatchObject({
      edition: 'articles/productivity-weekly-{yyyymmdd}.md',
      archive: ['articles/'],
    });
    expect(proposedLayout('embedly-link')).toBeNull();
    expect(proposedLayout('toString')).toBeNull();
  });

  it('every proposal is for a built-in style, and its patterns are well formed', () => {
    for (const [style, layout] of Object.entries(REPOSITORY_LAYOUTS)) {
      expect(BUILTIN_STYLE_NAMES).toContain(style);
      expect(patternProblem(layout.edition)).toBeNull();
      expect(layout.upstream).toMatch(/^https:\/\/.+\.git$/);
      for (const folder of layout.archive) expect(folder).toMatch(/^[^/].*\/$/);
    }
  });
});

describe('edition path patterns', () => {
  it('expand for an issue', () => {
    const cases: [string, string][] = [
      ['draft/{date}-this-week-in-rust.md', 'draft/2022-07-27-this-week-in-rust.md'],
      ['_posts/{date}-update.md', '_posts/2022-07-27-update.md'],
      ['articles/productivity-weekly-{yyyymmdd}.md', 'articles/productivity-weekly-20220727.md'],
      ['_posts/{year}/{date}-{number}.md', '_posts/2022/2022-07-27-453.md'],
    ];
    for (const [pattern, path] of cases) {
      expect(expandEditionPath(pattern, issue)).toEqual({ ok: true, value: path });
    }
  });

  it('refuse what cannot be expanded, in words', () => {
    expect(expandEditionPath('x/{num}.md', issue)).toEqual({
      ok: false,
      error: '{num} is not one of {date}, {yyyymmdd}, {year}, {number}',
    });
    expect(expandEditionPath('x/{date.md', issue)).toMatchObject({
      ok: false,
      error: 'a brace without its pair',
    });
    expect(expandEditionPath('x/{number}.md', { ...issue, number: null })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/needs the issue number/),
    });
    expect(expandEditionPath('x/{date}.md', { ...issue, date: '' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/needs the issue date/),
    });
  });

  it('match the paths they name, with the date and number read back', () => {
    const twir = 'draft/{date}-this-week-in-rust.md';
    expect(matchEditionPath(twir, 'draft/2022-07-27-this-week-in-rust.md')).toEqual({
      date: '2022-07-27',
      number: null,
    });
    // Names as real repositories hold them: unpadded, or no real date.
    expect(matchEditionPath(twir, 'draft/2020-11-4-this-week-in-rust.md')?.date).toBe('2020-11-04');
    expect(matchEditionPath(twir, 'draft/2020-09-90-this-week-in-rust.md')).toEqual({
      date: null,
      number: null,
    });
    expect(
      matchEditionPath(
        'articles/productivity-weekly-{yyyymmdd}.md',
        'articles/productivity-weekly-20220720.md',
      ),
    ).toEqual({ date: '2022-07-20', number: null });
    expect(
      matchEditionPath('_posts/{year}/{date}-{number}.md', '_posts/2022/2022-03-29-585.md'),
    ).toEqual({
      date: '2022-03-29',
      number: 585,
    });
  });

  it('do not match other paths', () => {
    const twir = 'draft/{date}-this-week-in-rust.md';
    for (const path of [
      'draft/2022-07-27-this-week-in-rust.md.orig',
      'xdraft/2022-07-27-this-week-in-rust.md',
      'draft/2022-07-27-this-wekk-in-rust.md',
      'draft/sub/2022-07-27-this-week-in-rust.md',
      'draft/2022-07-27-this-week-in-rustxmd',
      'content/2022-07-27-this-week-in-rust.md',
    ]) {
      expect(matchEditionPath(twir, path), path).toBeNull();
    }
    expect(
      matchEditionPath('_posts/{year}/{date}-{number}.md', '_posts/2021/2022-03-29-585.md'),
    ).toBeNull();
    expect(matchEditionPath('x/{nope}.md', 'x/1.md')).toBeNull();
  });

  it('the archive is the archive folders, files named as the edition', () => {
    const twir = proposedLayout('this-week-in-rust');
    if (!twir) throw new Error('no layout');
    expect(
      matchArchivePath(twir.edition, twir.archive, 'content/2022-07-27-this-week-in-rust.md'),
    ).toEqual({
      date: '2022-07-27',
      number: null,
    });
    expect(
      matchArchivePath(twir.edition, twir.archive, 'draft/2022-07-27-this-week-in-rust.md'),
    ).toBeNull();
    expect(
      matchArchivePath(twir.edition, twir.archive, 'content/2016-02-01-this-week-this-rust.md'),
    ).toBeNull();
    expect(
      matchArchivePath(twir.edition, ['content', '/old/'], 'old/2014-01-01-this-week-in-rust.md'),
    ).not.toBeNull();
    // A pattern with a folder per year reads the archive's folders per year too.
    expect(
      matchArchivePath(
        '_posts/{year}/{date}-{number}.md',
        ['_archive/'],
        '_archive/2022/2022-03-29-585.md',
      ),
    ).toEqual({
      date: '2022-03-29',
      number: 585,
    });
  });
});
