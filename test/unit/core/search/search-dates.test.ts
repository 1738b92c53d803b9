import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate } from '../../../../src/core/model/dates';
import { buildSearchIndex, searchClips } from '../../../../src/core/search';
import { clip } from '../../storage/fresh-db';

const utcDay = (iso: string) => iso.slice(0, 10);

const clips = [
  clip({
    id: 'a',
    heading: 'Kubernetes 1.30',
    createdAt: '2024-03-01T10:00:00.000Z',
    categoryId: 'news',
  }),
  clip({
    id: 'b',
    comment: 'ｋｕｂｅｃｔｌ tips',
    createdAt: '2024-03-05T10:00:00.000Z',
    issueId: 'issue-2',
  }),
  clip({
    id: 'c',
    pageTitle: 'Rust async',
    createdAt: '2024-03-09T10:00:00.000Z',
    categoryId: 'news',
  }),
];

describe('search', () => {
  const index = buildSearchIndex(clips, utcDay);
  const ids = (query: Parameters<typeof searchClips>[1]) =>
    searchClips(index, query).clips.map((c) => c.id);

  it('matches every word, case- and width-insensitively, newest first', () => {
    expect(ids({ text: 'KUBE' })).toEqual(['b', 'a']);
    expect(ids({ text: 'kube tips' })).toEqual(['b']);
    expect(ids({ text: 'nothing-like-this' })).toEqual([]);
    expect(ids({})).toEqual(['c', 'b', 'a']);
  });

  it('filters by category, issue and an inclusive date range', () => {
    expect(ids({ categoryId: 'news' })).toEqual(['c', 'a']);
    expect(ids({ issueId: 'issue-2' })).toEqual(['b']);
    expect(ids({ from: '2024-03-05', to: '2024-03-09' })).toEqual(['c', 'b']);
    expect(ids({ to: '2024-03-04', categoryId: 'news' })).toEqual(['a']);
  });

  it('counts all matches but returns at most the limit', () => {
    const result = searchClips(index, {}, 2);
    expect(result.total).toBe(3);
    expect(result.clips).toHaveLength(2);
  });

  it('finds the matches among 10,000 clips', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      clip({
        id: `m${i}`,
        heading: `Article ${i} about ${i % 7 === 0 ? 'eBPF' : 'storage'}`,
        comment: 'x'.repeat(300),
        createdAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
      }),
    );
    const big = buildSearchIndex(many, utcDay);
    // Speed is measured by `npm run bench`, never asserted here: the machines are shared.
    const result = searchClips(big, { text: 'ebpf 7' });
    expect(result.total).toBe(
      many.filter((c) => /eBPF/.test(c.heading) && c.heading.includes('7')).length,
    );
  });
});

describe('calendar dates', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2022-07-29', 7)).toBe('2022-08-05');
    expect(addDays('2023-12-28', 7)).toBe('2024-01-04');
    expect(addDays('2024-02-26', 7)).toBe('2024-03-04');
    expect(addDays('', 7)).toBeNull();
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
});
