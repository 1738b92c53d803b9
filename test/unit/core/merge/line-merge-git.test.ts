import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeLines } from '../../../../src/core/merge/diff3/line-merge';
import { gitMergeFile } from './git-merge-file';

/**
 * The line merge is git's: on random texts it writes what `git merge-file -p` writes, byte
 * for byte, clean or not. Few distinct lines make repeats, so the diff's choices among
 * equally short scripts are tested; the large case passes xdiff's cost cut-offs.
 */

const edits = (
  base: string[],
  line: fc.Arbitrary<string>,
  count: { min: number; max: number },
  size: number,
) =>
  fc
    .array(fc.tuple(fc.nat(), fc.nat(size), fc.array(line, { maxLength: size })), {
      minLength: count.min,
      maxLength: count.max,
    })
    .map((list) => {
      const out = [...base];
      for (const [at, removed, added] of list)
        out.splice(out.length ? at % (out.length + 1) : 0, removed, ...added);
      return out;
    });

function sameAsGit(base: string, ours: string, theirs: string) {
  const mine = mergeLines(base, ours, theirs);
  const git = gitMergeFile(base, ours, theirs);
  // git's exit status is the number of conflicts, truncated to 127.
  expect(Math.min(mine.conflicts, 127)).toBe(git.conflicts);
  expect(mine.text).toBe(git.text);
}

describe('line merge = git merge-file', () => {
  it('on small texts of few distinct lines, with and without a final newline or CRLF', () => {
    const line = fc.constantFrom('a\n', 'b\n', 'c\n', '\n', '* x\n', '}\n', 'a\r\n');
    const some = { min: 0, max: 4 };
    fc.assert(
      fc.property(
        fc
          .array(line, { maxLength: 30 })
          .chain((b) => fc.tuple(fc.constant(b), edits(b, line, some, 3), edits(b, line, some, 3))),
        fc.boolean(),
        ([b, o, t], cut) => {
          const text = (lines: string[]) =>
            cut ? lines.join('').replace(/\n$/, '') : lines.join('');
          sameAsGit(text(b), text(o), text(t));
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);

  it('on large texts with many changes (past the cost cut-offs)', () => {
    const line = fc.integer({ min: 0, max: 1500 }).map((k) => `v${k}\n`);
    const doc = fc
      .integer({ min: 36_000, max: 40_000 })
      .chain((n) => fc.array(line, { minLength: n, maxLength: n }));
    const many = { min: 300, max: 1500 };
    fc.assert(
      fc.property(
        doc.chain((b) =>
          fc.tuple(fc.constant(b), edits(b, line, many, 30), edits(b, line, many, 30)),
        ),
        ([b, o, t]) => sameAsGit(b.join(''), o.join(''), t.join('')),
      ),
      // Shrinking 40,000-line texts would take longer than the run: report the first failure.
      { numRuns: 3, endOnFailure: true },
    );
  }, 120_000);
});
