import { describe, expect, it } from 'vitest';
import { saveCapture } from '../../../src/background/save';
import { removeCategory } from '../../../src/storage/categories/edit';
import { findClipsByUrl } from '../../../src/storage/clips/clips';
import { listIssues } from '../../../src/storage/issues/issues';
import { input } from './worker-db';

describe('a save into a removed category', () => {
  it('is refused with a reason the popup can act on, and nothing is stored', async () => {
    await removeCategory('tools', 'notable-articles');
    const result = await saveCapture(input({ comment: 'typed before the removal' }));
    expect(result).toMatchObject({ ok: false, code: 'category-missing' });
    expect(result.ok ? '' : result.error).toMatch(/category/i);
    expect(await findClipsByUrl('https://example.com/post')).toEqual([]);
    // The draft this save would have started goes with it: a fresh database stays empty.
    expect(await listIssues()).toEqual([]);
  });

  it('is refused on the edit path too, leaving the clip where it was', async () => {
    const first = await saveCapture(input({ categoryId: 'notable-articles' }));
    if (!first.ok) throw new Error(first.error);
    await removeCategory('tools', 'notable-articles');
    const edit = await saveCapture(input({ id: first.clip.id, comment: 'x' }));
    expect(edit).toMatchObject({ ok: false, code: 'category-missing' });
    const [stored] = await findClipsByUrl('https://example.com/post');
    expect(stored?.categoryId).toBe('notable-articles');
  });
});
