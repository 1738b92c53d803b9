import { describe, expect, it } from 'vitest';
import { saveCapture } from '../../../src/background/save';
import { findClipsByUrl, listClipsByIssue } from '../../../src/storage/clips/clips';
import { getCurrentDraft } from '../../../src/storage/issues/issues';
import { input } from './worker-db';

describe('saves that race', () => {
  it('200 parallel saves of one page make exactly one clip', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => saveCapture(input({ heading: `try ${i}` }))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
    expect(await findClipsByUrl('https://example.com/post')).toHaveLength(1);
    expect(await listClipsByIssue((await getCurrentDraft()).id)).toHaveLength(1);
  });

  it('50 parallel quotes on a clipped page all end up in its comment', async () => {
    await saveCapture(input({ comment: 'mine' }));
    const quotes = Array.from({ length: 50 }, (_, i) => `> quote ${i}`);
    await Promise.all(quotes.map((comment) => saveCapture(input({ comment }))));
    const [clip] = await findClipsByUrl('https://example.com/post');
    const parts = clip?.comment.split('\n\n') ?? [];
    expect(parts[0]).toBe('mine');
    expect(parts.slice(1).sort()).toEqual([...quotes].sort());
  });
});
