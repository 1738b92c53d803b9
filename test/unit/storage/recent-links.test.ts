import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/core/links/check';
import { TWIR_LINK_RULES } from '../../../src/core/links/rules';
import { addClip } from '../../../src/storage/clips/clips';
import { getCurrentDraft } from '../../../src/storage/issues/issues';
import { publishIssue } from '../../../src/storage/issues/publish';
import { recentIssueLinks } from '../../../src/storage/issues/recent-links';
import { at, freshDb } from './fresh-db';

const page = (url: string, issueId: string) => ({
  url,
  pageTitle: url,
  description: '',
  heading: 'A post',
  comment: '',
  categoryId: 'tools',
  issueId,
});

describe('recentIssueLinks', () => {
  it('gives the newest published issues first, only as many as asked, with their links’ keys', async () => {
    const db = freshDb();
    let draft = (await getCurrentDraft({ ...db, now: at(2024, 3, 1), newId: () => 'i1' })).id;
    for (const n of [1, 2, 3]) {
      await addClip(page(`http://www.example.com/post-${n}/`, draft), {
        ...db,
        newId: () => `c${n}`,
      });
      draft = (await publishIssue(draft, { ...db, newId: () => `i${n + 1}` })).next.id;
    }
    const recent = await recentIssueLinks({ id: draft }, 2, db);
    expect(recent.map((r) => [...r.keys])).toEqual([
      ['https://example.com/post-3'],
      ['https://example.com/post-2'],
    ]);
    // A draft's link from the issue before is refused; one from three issues back is not,
    // with two issues kept.
    const findings = checkLinks(
      [
        { id: 'x', url: 'https://example.com/post-2', heading: 'Again' },
        { id: 'y', url: 'https://example.com/post-1', heading: 'Older' },
      ],
      { ...TWIR_LINK_RULES, duplicateIssues: 2 },
      recent,
    );
    expect(findings.map((f) => [f.clipId, f.rule])).toEqual([['x', 'duplicate']]);
  });
});
