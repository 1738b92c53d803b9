import { describe, expect, it } from 'vitest';
import { planArchive, type TreeEntry } from '../../../../src/core/issue/archive-plan';

const twir = { edition: 'draft/{date}-this-week-in-rust.md', archive: ['content/'] };
const issue = (date: string, oid = `oid-${date}`, size = 30_000): TreeEntry => ({
  path: `content/${date}-this-week-in-rust.md`,
  oid,
  size,
});
const paths = (files: { path: string }[]) => files.map((f) => f.path);

describe('planning an archive read by blob id', () => {
  const tree: TreeEntry[] = [
    issue('2022-07-20'),
    issue('2022-07-27'),
    { path: 'draft/2022-08-03-this-week-in-rust.md', oid: 'draft', size: 9_000 },
    { path: 'README.md', oid: 'readme', size: 4_000 },
    { path: 'content/2016-02-01-this-week-this-rust.md', oid: 'typo', size: 20_000 },
    { path: 'content/images/logo.png', oid: 'png', size: 40_000 },
  ];

  it('a first read reads every issue, newest first, and lists what it leaves out', () => {
    const plan = planArchive(tree, {}, twir);
    expect(paths(plan.read)).toEqual([
      'content/2022-07-27-this-week-in-rust.md',
      'content/2022-07-20-this-week-in-rust.md',
    ]);
    expect(plan.read[0]).toMatchObject({ date: '2022-07-27', number: null, oid: 'oid-2022-07-27' });
    expect(plan.unchanged).toEqual([]);
    expect(plan.removed).toEqual([]);
    // Files outside the archive folders are not the archive's business; inside, they are named.
    expect(plan.skipped).toEqual([
      { path: 'content/2016-02-01-this-week-this-rust.md', reason: 'notNamed', size: 20_000 },
      { path: 'content/images/logo.png', reason: 'notNamed', size: 40_000 },
    ]);
  });

  it('a second read reads only what is new or changed, and drops what is gone', () => {
    const stored = {
      'content/2022-07-20-this-week-in-rust.md': 'oid-2022-07-20',
      'content/2022-07-27-this-week-in-rust.md': 'an older version',
      'content/2022-07-13-this-week-in-rust.md': 'oid-2022-07-13',
    };
    const plan = planArchive([...tree, issue('2022-08-03')], stored, twir);
    expect(paths(plan.read)).toEqual([
      'content/2022-08-03-this-week-in-rust.md',
      'content/2022-07-27-this-week-in-rust.md',
    ]);
    expect(paths(plan.unchanged)).toEqual(['content/2022-07-20-this-week-in-rust.md']);
    expect(plan.removed).toEqual(['content/2022-07-13-this-week-in-rust.md']);
  });

  it('nothing changed: nothing to read', () => {
    const stored = Object.fromEntries(tree.slice(0, 2).map((e) => [e.path, e.oid]));
    const plan = planArchive(tree, stored, twir);
    expect(plan.read).toEqual([]);
    expect(plan.unchanged).toHaveLength(2);
  });

  it('a file over the size limit is skipped, and one read before is dropped', () => {
    const big = issue('2022-07-27', 'huge', 3 * 1024 * 1024);
    const plan = planArchive([issue('2022-07-20'), big], { [big.path]: 'oid-2022-07-27' }, twir);
    expect(paths(plan.read)).toEqual(['content/2022-07-20-this-week-in-rust.md']);
    expect(plan.skipped).toEqual([{ path: big.path, reason: 'tooLarge', size: 3 * 1024 * 1024 }]);
    expect(plan.removed).toEqual([big.path]);
  });

  it('past the file count, the newest are kept and the rest listed', () => {
    const many = ['2022-07-06', '2022-07-13', '2022-07-20', '2022-07-27'].map((d) => issue(d));
    const plan = planArchive(many, {}, twir, { maxFileBytes: 1e6, maxFiles: 2 });
    expect(paths(plan.read)).toEqual([
      'content/2022-07-27-this-week-in-rust.md',
      'content/2022-07-20-this-week-in-rust.md',
    ]);
    expect(plan.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['content/2022-07-06-this-week-in-rust.md', 'tooMany'],
      ['content/2022-07-13-this-week-in-rust.md', 'tooMany'],
    ]);
  });

  it('an edition kept in its archive folder (LWKD) and a compact date (Productivity Weekly)', () => {
    const lwkd = planArchive(
      [{ path: '_posts/2022-07-31-update.md', oid: 'a', size: 9_000 }],
      {},
      { edition: '_posts/{date}-update.md', archive: ['_posts/'] },
    );
    expect(lwkd.read[0]).toMatchObject({ date: '2022-07-31' });
    const pw = planArchive(
      [
        { path: 'articles/productivity-weekly-20220720.md', oid: 'b', size: 9_000 },
        { path: 'articles/some-other-article.md', oid: 'c', size: 9_000 },
      ],
      {},
      { edition: 'articles/productivity-weekly-{yyyymmdd}.md', archive: ['articles'] },
    );
    expect(pw.read.map((f) => f.date)).toEqual(['2022-07-20']);
    expect(pw.skipped.map((s) => s.path)).toEqual(['articles/some-other-article.md']);
  });

  it('stored keys that look like object properties are only paths', () => {
    const plan = planArchive([issue('2022-07-20')], { constructor: 'x' }, twir);
    expect(plan.removed).toEqual(['constructor']);
    expect(plan.read).toHaveLength(1);
  });
});
