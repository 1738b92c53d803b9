import { describe, expect, it } from 'vitest';
import { mergeEditions } from '../../../../src/core/merge/editions';
import { resolveConflicts } from '../../../../src/core/merge/markers';

const base = '# Issue\n\n### Official\n\n* [A](https://a.example/)\n* [B](https://b.example/)\n';
const ours = base.replace('[A]', '[A, ours]');
const theirs = base.replace('[A]', '[A, theirs]');

describe('settling a merged edition by the editor’s choices', () => {
  const merged = mergeEditions(base, ours, theirs);

  it('the merge leaves the one item in conflict', () => {
    expect(merged.clean).toBe(false);
    expect(merged.conflicts).toHaveLength(1);
  });

  it('each choice writes that version, and no choice keeps the markers', () => {
    expect(resolveConflicts(merged.text, ['ours'])).toBe(ours);
    expect(resolveConflicts(merged.text, ['theirs'])).toBe(theirs);
    expect(resolveConflicts(merged.text, ['both'])).toBe(
      base.replace(
        '* [A](https://a.example/)\n',
        '* [A, ours](https://a.example/)\n* [A, theirs](https://a.example/)\n',
      ),
    );
    expect(resolveConflicts(merged.text, [])).toBe(merged.text);
  });
});
