import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segments } from '../../../../src/core/merge/comments';
import { clipKey, planMerge } from '../../../../src/core/merge/packs';
import type { Clip, IssueDocument } from '../../../../src/core/model';
import { DEFAULTS, makeClip, makeDoc } from '../../helpers/backup-data';

// Few URLs, so the two sides overlap often; comments and names include what the
// attribution format itself uses (em dashes, colons, blank lines, block starts).
const url = fc.constantFrom(
  '',
  'https://a.example/x',
  'https://a.example/x/?utm_source=n',
  'https://b.example/',
  'https://例え.jp/',
);
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    '- list',
    '— Ben: quoted',
    'a\n\n— Aiko: b',
    '```\ncode\n```',
    'trailing  ',
    'x\n\n\n',
  ),
);
const clip = fc.record({
  id: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
  url,
  heading: fc.constantFrom('', 'H'),
  comment: text,
  lead: fc.option(fc.constantFrom('', 'lead'), { nil: undefined }),
  clippedBy: fc.option(fc.constantFrom('', 'Aiko', 'Ben', 'B: en', '<b>'), { nil: undefined }),
  categoryId: fc.constantFrom(...DEFAULTS.map((c) => c.id)),
});
const side = (issueId: string) =>
  fc.uniqueArray(clip, { selector: (c) => c.id, maxLength: 4 }).map(
    (clips): IssueDocument =>
      makeDoc(
        clips.map((c, order) => makeClip({ ...c, order, issueId })),
        { id: issueId },
      ),
  );

const now = () => new Date('2024-03-08T09:00:00.000Z');

describe('team merge properties', () => {
  it('merging the same pack twice changes nothing the second time', () => {
    fc.assert(
      fc.property(side('ours'), side('theirs'), (ours, theirs) => {
        const once = planMerge(ours, theirs, { now });
        const twice = planMerge(once.document, theirs, { now });
        expect(twice.changed).toBe(false);
        expect(twice.document.clips).toEqual(once.document.clips);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every comment of both sides and never duplicates an article', () => {
    fc.assert(
      fc.property(side('ours'), side('theirs'), (ours, theirs) => {
        const { document } = planMerge(ours, theirs, { now });
        const count = (clips: Clip[], key: string) =>
          clips.filter((c) => clipKey(c) === key).length;
        const byKey = new Map(document.clips.map((c) => [clipKey(c), c]));
        for (const key of byKey.keys()) {
          expect(count(document.clips, key)).toBe(Math.max(1, count(ours.clips, key)));
        }
        for (const mine of ours.clips) {
          const after = document.clips.find((c) => c.id === mine.id);
          // Ours is kept as its first bytes; a comment of only whitespace counts as none.
          const kept = mine.comment.trim() === '' ? '' : mine.comment.replace(/\n+$/, '');
          expect(after?.comment.startsWith(kept)).toBe(true);
        }
        for (const their of theirs.clips) {
          const key = clipKey(their);
          const merged = document.clips.find((c) => clipKey(c) === key);
          for (const segment of segments(their.comment, '')) {
            expect(merged?.comment).toContain(segment.text);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
