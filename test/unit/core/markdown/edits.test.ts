import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../src/core/markdown/read/import';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import type { IssueDocument } from '../../../../src/core/model';

function edit(markdown: string, url: string, patch: { heading?: string; comment?: string }) {
  const { doc, style } = importDocument(markdown);
  const edited: IssueDocument = {
    ...doc,
    clips: doc.clips.map((c) => (c.url === url ? { ...c, ...patch } : c)),
  };
  return { out: renderIssue(edited, style), style: style.name };
}

describe('an edited item is written in the house style, in its own shape', () => {
  it('a hand-made card variant comes out as the style writes cards', () => {
    const markdown =
      '## ✨ New Features\n\n### Hand\n\n<a class="embedly-card" href="https://a.example/">A</a>\n\nKept.\n';
    const { out } = edit(markdown, 'https://a.example/', { heading: 'Hand, fixed' });
    expect(out).toBe(
      '## ✨ New Features\n\n### Hand, fixed\n\n<a class="embedly-card" data-card-controls="0" href="https://a.example/">A</a>\n\nKept.\n',
    );
  });

  it('a featured heading stays a heading and a sentence bullet keeps its words (LWKD)', () => {
    const markdown = [
      '---',
      'layout: post',
      'title: Week Ending July 31, 2022',
      'date: 2022-08-02 03:47:00 -0000',
      'slug: 2022-07-31-update',
      '---',
      '',
      '## Featured PRs',
      '',
      '### [#1: Ignore changes](https://github.com/k/k/pull/1)',
      '',
      'About it.',
      '',
      '## Other Merges',
      '',
      '* Admins should use [leases](https://github.com/k/k/pull/2) for elections',
      '',
    ].join('\n');
    const featured = edit(markdown, 'https://github.com/k/k/pull/1', {
      heading: 'Ignore no-op changes',
    });
    expect(featured.style).toBe('lwkd');
    expect(featured.out).toContain(
      '### [#1: Ignore no-op changes](https://github.com/k/k/pull/1)\n\nAbout it.\n',
    );
    const bullet = edit(markdown, 'https://github.com/k/k/pull/2', {
      heading: 'leases, not configmaps',
    });
    expect(bullet.out).toContain(
      '* Admins should use [leases, not configmaps](https://github.com/k/k/pull/2) for elections\n',
    );
  });
});
