import { describe, expect, it } from 'vitest';
import { editorialChecks, opensComment } from '../../../../src/core/issue/checks';
import type { Issue, IssueDocument } from '../../../../src/core/model';
import { clip } from '../../storage/fresh-db';

const issue: Issue = {
  id: 'issue-1',
  title: 'T',
  number: 1,
  date: '2024-03-01',
  header: '',
  intro: '',
  afterwordHeading: '',
  afterword: '',
  style: 'embedly-link',
  status: 'draft',
  sectionText: { books: 'Only text here' },
  categoryOrder: ['news', 'tools', 'books', 'empty'],
  createdAt: '2024-03-01T00:00:00.000Z',
  updatedAt: '2024-03-01T00:00:00.000Z',
};
const categories = ['news', 'tools', 'books', 'empty'].map((id, order) => ({
  id,
  emoji: '',
  name: id,
  order,
}));

function doc(): IssueDocument {
  return {
    issue,
    categories,
    clips: [
      clip({ id: 'a', categoryId: 'tools', comment: 'ok', url: 'https://x.test/a?utm_source=tw' }),
      clip({ id: 'b', categoryId: 'news', comment: '  \n', url: 'https://X.test/a/#top' }),
      clip({ id: 'c', categoryId: 'news', order: 1, comment: 'ok', url: 'not a link' }),
      clip({
        id: 'd',
        categoryId: 'news',
        order: 2,
        comment: 'ok',
        url: 'https://y.test/?fbclid=1&fbclid=2',
      }),
    ],
  };
}

describe('editorial checks', () => {
  it('finds missing comments, unusable links, empty categories, duplicates and trackers', () => {
    expect(editorialChecks(doc())).toEqual([
      { kind: 'no-comment', clipId: 'b' },
      { kind: 'no-link', clipId: 'c' },
      { kind: 'empty-category', categoryId: 'empty' },
      { kind: 'duplicate-url', clipIds: ['b', 'a'], url: 'https://x.test/a' },
      { kind: 'tracking', clipId: 'd', params: ['fbclid'] },
      { kind: 'tracking', clipId: 'a', params: ['utm_source'] },
    ]);
  });

  it('finds nothing in a tidy issue', () => {
    const tidy = { ...doc(), clips: [doc().clips[0] ?? clip({ id: 'x' })] };
    tidy.clips[0] = { ...tidy.clips[0], url: 'https://x.test/a' } as (typeof tidy.clips)[0];
    tidy.categories = categories.filter((c) => c.id === 'tools');
    expect(editorialChecks(tidy)).toEqual([]);
  });

  it('names a comment that opens an HTML comment and never closes it', () => {
    const base = doc();
    base.clips = base.clips.map((c) =>
      c.id === 'a' ? { ...c, comment: 'Worth a read.\n\n<!-- TODO: shorten' } : c,
    );
    expect(editorialChecks(base)).toContainEqual({ kind: 'open-comment', clipId: 'a' });
    base.clips = base.clips.map((c) => (c.id === 'd' ? { ...c, lead: '<!--' } : c));
    expect(editorialChecks(base)).toContainEqual({ kind: 'open-comment', clipId: 'd' });
  });
});

describe('opensComment', () => {
  it('is true for an HTML comment with no end, anywhere after a closed one', () => {
    for (const text of ['<!--', 'a <!-- b', '<!-- x --> and <!-- y', '<!--\n\nmore\n-- >'])
      expect(opensComment(text), text).toBe(true);
  });

  it('is false for closed comments, the empty forms and code', () => {
    for (const text of [
      '',
      'no comment',
      '<!-- note -->',
      '<!----> <!--> <!--->',
      'a `<!--` in code',
      '```html\n<!--\n```\nafter',
      '&lt;!-- escaped',
    ])
      expect(opensComment(text), text).toBe(false);
  });
});
