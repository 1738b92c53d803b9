import { describe, expect, it } from 'vitest';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import { planMerge } from '../../../../src/core/merge/packs';
import { counterIds, type IssueDocument } from '../../../../src/core/model';
import { DEFAULTS, makeClip, makeDoc, makeIssue } from '../../helpers/backup-data';

const LATER = '2024-03-08T09:00:00.000Z';
const now = () => new Date(LATER);

/** Aiko's draft: three clips, the third on an IDN host written in punycode. */
const aiko = makeDoc([
  makeClip({
    id: 'a1',
    url: 'https://example.com/post?utm_source=newsletter',
    heading: 'The post',
    comment: 'Great read.',
    clippedBy: 'Aiko',
  }),
  makeClip({
    id: 'a2',
    url: 'https://rust-lang.org/blog',
    categoryId: 'new-features',
    clippedBy: 'Aiko',
  }),
  makeClip({
    id: 'a3',
    url: 'https://xn--r8jz45g.jp/%E8%A8%98%E4%BA%8B',
    comment: 'Japanese article.',
    order: 1,
    clippedBy: 'Aiko',
  }),
]);

/** Ben's pack: his own category ids and labels spelt a little differently. */
const ben: IssueDocument = {
  issue: makeIssue({
    id: 'ben-issue',
    categoryOrder: ['b-notable', 'b-tools', 'b-test'],
    sectionText: { 'b-test': 'Testing tools we tried.' },
  }),
  categories: [
    { id: 'b-notable', emoji: '👀', name: 'Notable Articles', order: 0 },
    { id: 'b-tools', emoji: '\u{1F6E0}', name: 'tools, frameworks, libraries', order: 1 },
    { id: 'b-test', emoji: '🧪', name: 'Testing', order: 2 },
    { id: 'b-unused', emoji: '📦', name: 'Unused', order: 3 },
  ],
  clips: [
    makeClip({
      id: 'b1',
      url: 'https://example.com/post/#comments',
      comment: '- point one\n- point two',
      issueId: 'ben-issue',
      categoryId: 'b-notable',
      clippedBy: 'Ben',
    }),
    makeClip({
      id: 'b2',
      url: 'https://RUST-lang.org/blog?fbclid=abc',
      pageTitle: 'Rust Blog',
      comment: 'Release notes.',
      issueId: 'ben-issue',
      categoryId: 'b-notable',
      order: 1,
      clippedBy: 'Ben',
    }),
    makeClip({
      id: 'b3',
      url: 'https://vitest.dev/',
      comment: 'Fast.',
      issueId: 'ben-issue',
      categoryId: 'b-test',
      clippedBy: 'Ben',
    }),
    makeClip({
      id: 'b4',
      url: 'https://例え.jp/記事',
      comment: 'Japanese article.',
      issueId: 'ben-issue',
      categoryId: 'b-notable',
      order: 2,
      clippedBy: 'Aiko',
    }),
    makeClip({
      id: 'a1',
      url: 'https://deno.com/',
      issueId: 'ben-issue',
      categoryId: 'b-tools',
      createdAt: '2024-03-02T08:00:00.000Z',
    }),
  ],
};

describe('planMerge of two packs with overlapping URLs', () => {
  const plan = planMerge(aiko, ben, { now, newId: counterIds('new'), fallbackName: 'Ben' });
  const byId = new Map(plan.document.clips.map((clip) => [clip.id, clip]));

  it('merges the same article reached by another link, attributing the list on its own line', () => {
    expect(byId.get('a1')).toEqual({
      ...aiko.clips[0],
      comment: 'Great read.\n\n— Ben:\n\n- point one\n- point two',
      updatedAt: LATER,
    });
  });

  it('attributes a comment inline and keeps our fields, filling none that we had', () => {
    expect(byId.get('a2')).toEqual({
      ...aiko.clips[1],
      comment: '— Ben: Release notes.',
      updatedAt: LATER,
    });
  });

  it('leaves a clip alone when the teammate has the same comment (IDN host vs punycode)', () => {
    expect(byId.get('a3')).toBe(aiko.clips[2]);
    expect(plan.unchanged.map((clip) => clip.id)).toEqual(['b4']);
  });

  it('adds new clips under the matching or a new category, renaming a taken id', () => {
    expect(plan.added).toEqual([
      {
        ...ben.clips[4],
        id: 'new-1',
        issueId: 'issue-1',
        categoryId: 'tools',
        order: 0,
        clippedBy: 'Ben',
      },
      { ...ben.clips[2], issueId: 'issue-1', categoryId: 'b-test', order: 0 },
    ]);
  });

  it('appends only used categories that have no match, with their section text', () => {
    expect(plan.newCategories).toEqual([{ id: 'b-test', emoji: '🧪', name: 'Testing', order: 3 }]);
    expect(plan.document.categories).toEqual([...DEFAULTS, plan.newCategories[0]]);
    expect(plan.document.issue.categoryOrder).toEqual([
      'new-features',
      'notable-articles',
      'tools',
      'b-test',
    ]);
    expect(plan.document.issue.sectionText).toEqual({ 'b-test': 'Testing tools we tried.' });
    expect(plan.document.clips).toHaveLength(5);
    expect(plan.merged.map((m) => m.before.id).sort()).toEqual(['a1', 'a2']);
    expect(plan.changed).toBe(true);
  });

  it('renders the merged issue with one item per article', () => {
    const markdown = renderIssue(plan.document, 'markdown-link');
    expect(markdown.match(/^### /gm)).toHaveLength(5);
    expect(markdown).toContain(
      '## 🧪 Testing\n\nTesting tools we tried.\n\n### [A page](https://vitest.dev/)',
    );
  });

  it('is idempotent: merging the same pack again changes nothing', () => {
    const again = planMerge(plan.document, ben, {
      now,
      newId: counterIds('x'),
      fallbackName: 'Ben',
    });
    expect(again.changed).toBe(false);
    expect(again.added).toEqual([]);
    expect(again.merged).toEqual([]);
    expect(again.newCategories).toEqual([]);
    expect(again.document.clips).toEqual(plan.document.clips);
    expect(again.document.issue).toBe(plan.document.issue);
  });
});
