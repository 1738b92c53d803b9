import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../../src/core/backup';
import { makeBackup } from '../../helpers/backup-data';

describe('the popup’s pending comments in a backup (its `drafts` key)', () => {
  it('keep every field the popup saves: the edited address, page title and description', () => {
    const pending = {
      url: 'https://example.com/post',
      comment: 'half-written',
      heading: 'A post',
      clipUrl: 'https://example.com/post?edited',
      pageTitle: 'A post | Blog',
      description: 'What it says.',
      updatedAt: '2024-03-01T10:00:00.000Z',
    };
    const parsed = parseBackup(JSON.stringify(makeBackup({ drafts: [pending] })));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.drafts).toEqual([pending]);
  });

  it("keep the house style's item fields typed in the popup", () => {
    const pending = {
      url: 'https://example.com/talk',
      comment: '',
      extra: { prefix: '[video] ' },
      updatedAt: '2024-03-01T10:00:00.000Z',
    };
    const parsed = parseBackup(JSON.stringify(makeBackup({ drafts: [pending] })));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.drafts).toEqual([pending]);
    const bad = parseBackup(
      JSON.stringify(makeBackup({ drafts: [{ ...pending, extra: { 'a b': 'x' } }] })),
    );
    expect(bad.ok || bad.error).toMatch(/drafts\[0\]\.extra/);
  });
});
