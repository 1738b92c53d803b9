import { describe, expect, it } from 'vitest';
import { planMerge } from '../../../../src/core/merge/packs';
import { makeClip, makeDoc } from '../../helpers/backup-data';

const now = () => new Date('2024-03-08T09:00:00.000Z');

describe('comments that travel there and back', () => {
  it('do not repeat our words when the teammate already merged them', () => {
    const ours = makeDoc([
      makeClip({ id: 'c', url: 'https://a.example/', comment: 'Mine.', clippedBy: 'Aiko' }),
    ]);
    const theirs = makeDoc([
      makeClip({
        id: 'c',
        url: 'https://a.example',
        comment: 'Theirs.\n\n— Aiko: Mine.',
        clippedBy: 'Ben',
      }),
    ]);
    const plan = planMerge(ours, theirs, { now });
    expect(plan.document.clips[0]?.comment).toBe('Mine.\n\n— Ben: Theirs.');
  });

  it('keeps both versions of one editor’s comment instead of overwriting', () => {
    const ours = makeDoc([makeClip({ id: 'c', comment: 'First take.', clippedBy: 'Aiko' })]);
    const theirs = makeDoc([makeClip({ id: 'c', comment: 'Second take.', clippedBy: 'Aiko' })]);
    expect(planMerge(ours, theirs, { now }).document.clips[0]?.comment).toBe(
      'First take.\n\n— Aiko: Second take.',
    );
  });

  it('cleans a hostile name so the attribution cannot start markup', () => {
    const ours = makeDoc([makeClip({ id: 'c', comment: 'Ours.' })]);
    const theirs = makeDoc([
      makeClip({
        id: 'c',
        comment: 'Hi',
        clippedBy: '<img src=x onerror=alert(1)>\n## Eve: [x](y)',
      }),
    ]);
    expect(planMerge(ours, theirs, { now }).document.clips[0]?.comment).toBe(
      'Ours.\n\n— img src=x onerror=alert 1 Eve x y: Hi',
    );
  });

  it('matches items without a link only when heading and comment are identical', () => {
    const note = { url: '', heading: 'Event notice', comment: 'Tuesday.' };
    const ours = makeDoc([makeClip({ id: 'n', ...note })]);
    const same = makeDoc([makeClip({ id: 'm', ...note })]);
    const other = makeDoc([makeClip({ id: 'm', ...note, comment: 'Wednesday.' })]);
    expect(planMerge(ours, same, { now }).changed).toBe(false);
    expect(planMerge(ours, other, { now }).added).toHaveLength(1);
  });
});
