import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/core/markdown';
import { cli, scratch } from '../helpers/cli-run';

const dir = scratch('dc-bad-field-');

// An LWKD post as the site writes one, whose front matter names a day February 2022 did
// not have: everything else about it is readable.
const post = [
  '---',
  'layout: post',
  'title: Week Ending February 27, 2022',
  'date: 2022-02-29',
  'slug: 2022-02-29-update',
  '---',
  '',
  '## Developer News',
  '',
  '* AWS EBS [works for Windows hosts](https://github.com/kubernetes/kubernetes/pull/107711)',
  '',
].join('\n');

describe('a document with one field no issue can hold', () => {
  it('is imported with no date, the date kept as text and named in a finding', () => {
    const read = importDocument(post);
    expect(read.doc.issue.date).toBe('');
    expect(read.findings).toEqual([expect.stringContaining('"2022-02-29" is not a calendar date')]);
    expect(read.doc.clips.map((c) => c.url)).toEqual([
      'https://github.com/kubernetes/kubernetes/pull/107711',
    ]);
  });

  it('a number past what can be counted is dropped the same way', () => {
    const twir = post.replace('title: Week Ending', 'title: #123456789012345678901 Week Ending');
    const read = importDocument(twir);
    expect(read.doc.issue.number).toBeNull();
    expect(read.findings.some((f) => f.includes('123456789012345678901'))).toBe(true);
  });

  // The pack's schema refused the date ("Invalid ISO date") and nothing was written.
  it('import writes the pack, reports the field, and render gives the file back', async () => {
    const md = dir.write('post.md', post);
    const pack = dir.path('post.json');
    const imported = await cli('import', md, '-o', pack);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('"2022-02-29" is not a calendar date');
    const out = dir.path('out.md');
    expect((await cli('render', pack, '-o', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(post);
  });
});
