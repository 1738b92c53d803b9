import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextEdition } from '../../../src/core/issue/next-edition';
import { importIssue, renderIssue } from '../../../src/core/markdown';
import { cli, scratch } from '../helpers/cli-run';
import { requireShared, sharedFixture } from '../helpers/shared-fixtures';

/** `next` as a team's cron job runs it: the real previous edition in, the next one out. */

const files = scratch('next-');
const FIXTURES: Record<string, string> = {
  'this-week-in-rust-453-2022-07-27.md': 'this-week-in-rust',
  'lwkd-2022-07-31.md': 'lwkd',
  'productivity-weekly-2022-07-20.md': 'productivity-weekly',
};
const present = requireShared(...Object.keys(FIXTURES));

function expected(previous: string, style: string): string {
  const result = nextEdition(previous, { style });
  if (!result.ok) throw new Error(result.error);
  return result.value.markdown;
}

describe.skipIf(!present)('next on real editions', () => {
  for (const [name, style] of Object.entries(FIXTURES)) {
    it(`${name}: writes the next edition, which reads and renders back byte for byte`, async () => {
      const previous = sharedFixture(name);
      const out = files.path(`next-${name}`);
      const run = await cli('next', previous, '-o', out);
      expect(run).toMatchObject({ code: 0, stdout: '' });
      // The style is detected; the file's bytes do not depend on which style reads the items.
      expect(run.stderr).toMatch(
        /^Started the next edition .*style [a-z-]+: [1-9]\d* item\(s\) taken out\.\n$/,
      );
      const written = files.read(out);
      expect(written).toBe(expected(readFileSync(previous, 'utf8'), style));
      expect(renderIssue(importIssue(written))).toBe(written);
    });
  }

  it('This Week in Rust: 454 of 2022-08-03 on stdout; --date and --number set them', async () => {
    const previous = sharedFixture('this-week-in-rust-453-2022-07-27.md');
    const run = await cli('next', previous);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Title: This Week in Rust 454\nNumber: 454\nDate: 2022-08-03\n/);
    expect(run.stderr).toContain('(number 454, dated 2022-08-03)');
    const given = await cli('next', previous, '--date', '2022-08-10', '--number', '460');
    expect(given.stdout).toMatch(/^Title: This Week in Rust 460\nNumber: 460\nDate: 2022-08-10\n/);
  });
});

describe('next refuses, in one line, and writes nothing', () => {
  const edition =
    'Title: This Week in Rust 1\nNumber: 1\nDate: 2024-01-03\nCategory: This Week in Rust\n\nHi.\n\n## Updates from Rust Community\n\n### Official\n* [A](https://a.example/)\n';

  it('never writes over an existing file, the previous edition included', async () => {
    const previous = files.write('prev.md', edition);
    const taken = files.write('taken.md', 'the first links of the week\n');
    for (const target of [taken, previous]) {
      const before = files.read(target);
      const run = await cli('next', previous, '-o', target);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `digest-clipper: ${target}: already exists; the next edition was not written over it\n`,
      );
      expect(files.read(target)).toBe(before);
    }
  });

  it('bad options and bad input each say what is wrong', async () => {
    const previous = files.write('ok.md', edition);
    const plain = files.write('plain.md', '## News\n\n### [A](https://a.example/)\n');
    const cases: [string[], number, RegExp][] = [
      [['--date', '2024-13-01'], 2, /--date "2024-13-01" is not a date as YYYY-MM-DD/],
      [['--number', 'ten'], 2, /--number "ten" is not a whole number/],
      [['--style', 'nope'], 2, /unknown style "nope"/],
    ];
    for (const [extra, code, message] of cases) {
      const run = await cli('next', previous, ...extra);
      expect(run).toMatchObject({ code, stdout: '' });
      expect(run.stderr).toMatch(message);
    }
    const missing = await cli('next', files.path('missing.md'));
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/missing\.md: no such file/);
    const empty = await cli('next', files.write('empty.md', '\n'));
    expect(empty.stderr).toMatch(/empty\.md: is empty/);
    const undated = await cli('next', plain, '--date', '2024-01-10', '--style', 'markdown-link');
    expect(undated).toMatchObject({ code: 1, stdout: '' });
    expect(undated.stderr).toMatch(/plain\.md: the previous edition shows no date/);
  });
});
