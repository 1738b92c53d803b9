import { describe, expect, it } from 'vitest';
import { importIssue, renderIssue } from '../../../../../src/core/markdown';
import type { IssueDocument } from '../../../../../src/core/model';

/** An embedly-link issue of `count` items, ten to a section. */
function issueOf(count: number): string {
  const parts = ['# Weekly 1\n\nIntro.\n'];
  for (let i = 0; i < count; i++) {
    if (i % 10 === 0) parts.push(`## Section ${i / 10}\n`);
    parts.push(
      `### Item ${i}\n\n<a class="embedly-card" data-card-controls="0" href="https://example.com/${i}">Page ${i}</a>\n\nA comment on item ${i}.\n`,
    );
  }
  return `${parts.join('\n')}\n## おわりに\n\nThanks.\n`;
}

const READERS = [
  'charCodeAt',
  'codePointAt',
  'at',
  'charAt',
  'endsWith',
  'startsWith',
  'slice',
  'substring',
  'lastIndexOf',
  'indexOf',
  'includes',
] as const;

/**
 * The longest string any string method or regex was run on during `body`. Writing that
 * looks back at what it has written so far (the end of a string grown by `+=`, which
 * flattens it each time) shows here as a string as long as the output.
 */
function longestRead(body: () => string): { out: string; longest: number } {
  const proto = String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const saved = READERS.map(
    (name) => [name, proto[name] as (...args: unknown[]) => unknown] as const,
  );
  const exec = RegExp.prototype.exec;
  let longest = 0;
  for (const [name, original] of saved) {
    proto[name] = function (this: string, ...args: unknown[]) {
      longest = Math.max(longest, this.length);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    longest = Math.max(longest, String(text).length);
    return exec.call(this, text);
  };
  try {
    return { out: body(), longest };
  } finally {
    for (const [name, original] of saved) proto[name] = original;
    RegExp.prototype.exec = exec;
  }
}

describe('writing an imported issue back', () => {
  // Each write looked at the last character of the whole text so far: 2,000 items took
  // 30 s and 20,000 minutes. Nothing may read the output while it is being written.
  it('never reads back what it has written, so the time grows with the issue', () => {
    const markdown = issueOf(1_000);
    const doc = importIssue(markdown);
    const edited: IssueDocument = {
      ...doc,
      clips: doc.clips.map((clip, i) =>
        i % 100 === 0 ? { ...clip, comment: `Edited ${i}.` } : clip,
      ),
      // A section the document did not have is written after the others.
      categories: [...doc.categories, { id: 'fresh', emoji: '', name: 'Fresh', order: 9_999 }],
    };
    edited.clips.push({
      ...(doc.clips[0] as IssueDocument['clips'][number]),
      id: 'new',
      categoryId: 'fresh',
      order: 0,
      source: undefined,
    });
    expect(longestRead(() => renderIssue(doc)).out).toBe(markdown);
    const { out, longest } = longestRead(() => renderIssue(edited));
    expect(out).toContain('Edited 100.');
    expect(out).toMatch(/## Fresh\n\n### Item 0\n/);
    expect(out.length).toBeGreaterThan(100_000);
    // An item, a section, the frame: a few hundred characters at most.
    expect(longest).toBeLessThan(1_000);
  });
});
