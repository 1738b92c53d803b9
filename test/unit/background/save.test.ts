import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { saveCapture } from '../../../src/background/save';
import type { ClipInput } from '../../../src/core/messages';
import { listCategories } from '../../../src/storage/categories/categories';
import { type ChangeNotice, onChange } from '../../../src/storage/changes';
import { getClip, listClipsByIssue, saveClip } from '../../../src/storage/clips/clips';
import { getPendingComment, savePendingComment } from '../../../src/storage/clips/pending-comments';
import { closeDatabase } from '../../../src/storage/db';
import { createDigest, setCurrentDigest } from '../../../src/storage/digests/digests';
import { getSettings, setSetting } from '../../../src/storage/digests/settings';
import { getCurrentDraft, listIssues } from '../../../src/storage/issues/issues';

// The worker's save path against the real storage code (fake-indexeddb), under the
// database name the extension uses.
afterEach(async () => {
  await closeDatabase();
  await deleteDB('digest-clipper');
});

const input = (over: Partial<ClipInput> = {}): ClipInput => ({
  url: 'https://example.com/post?utm_source=x',
  pageTitle: 'Post | Example',
  description: 'About the post',
  heading: 'Post',
  comment: 'first',
  categoryId: 'tools',
  ...over,
});

describe('saveCapture', () => {
  it('adds a clip to the current draft, records who clipped it, and remembers the category', async () => {
    await setSetting('clippedBy', 'aiko');
    const result = await saveCapture(input());
    expect(result).toMatchObject({
      ok: true,
      created: true,
      clip: { clippedBy: 'aiko', categoryId: 'tools' },
    });
    const draft = await getCurrentDraft();
    expect((await listClipsByIssue(draft.id)).map((c) => c.comment)).toEqual(['first']);
    expect((await getSettings()).lastCategoryId).toBe('tools');
  });

  it('never clips the same page twice: a new quote is added to the existing comment', async () => {
    await saveCapture(input());
    const again = await saveCapture(
      input({ url: 'https://example.com/post#top', comment: '> quote' }),
    );
    expect(again).toMatchObject({
      ok: true,
      created: false,
      clip: { comment: 'first\n\n> quote' },
    });
    const unchanged = await saveCapture(input({ comment: '' }));
    expect(unchanged).toMatchObject({
      ok: true,
      created: false,
      clip: { comment: 'first\n\n> quote' },
    });
    expect(await listClipsByIssue((await getCurrentDraft()).id)).toHaveLength(1);
  });

  it('edits by id, drops imported verbatim lines and the draft', async () => {
    const first = await saveCapture(input());
    if (!first.ok) throw new Error(first.error);
    await saveClip({
      ...first.clip,
      source: { style: 'embedly-link', text: '## Post\n', sum: 'x', shape: 0 },
    });
    await savePendingComment({ url: first.clip.url, comment: 'typing…' });
    const edited = await saveCapture(
      input({ id: first.clip.id, heading: 'Better heading', comment: 'second' }),
    );
    expect(edited).toMatchObject({
      ok: true,
      created: false,
      clip: { heading: 'Better heading', comment: 'second' },
    });
    expect(await getPendingComment(first.clip.url)).toBeUndefined();
    expect((await getClip(first.clip.id))?.source).toBeUndefined();
  });

  it('refuses bad input and a deleted clip with a reason, writing nothing', async () => {
    expect(await saveCapture(input({ url: 'javascript:alert(1)' }))).toEqual({
      ok: false,
      error: expect.stringContaining('javascript:'),
    });
    expect(await saveCapture(input({ id: 'gone' }))).toEqual({
      ok: false,
      error: expect.stringContaining('deleted'),
    });
    expect(await listClipsByIssue((await getCurrentDraft()).id)).toHaveLength(0);
  });

  it('announces only the stores it wrote, the remembered section only when it changes', async () => {
    await saveCapture(input({ url: 'https://example.com/1' }));
    const seen: ChangeNotice[] = [];
    const stop = onChange((notice) => seen.push(notice));
    await saveCapture(input({ url: 'https://example.com/2' }));
    await saveCapture(input({ url: 'https://example.com/3', categoryId: 'new-features' }));
    await savePendingComment({ url: 'https://example.com/marker', comment: 'marker' });
    await expect.poll(() => seen.at(-1)?.stores).toEqual(['drafts']);
    stop();
    // The worker rebuilds its menus on a categories or settings notice (background/init.ts).
    expect(seen.slice(0, -1).map((notice) => notice.stores)).toEqual([
      ['clips', 'drafts'],
      ['clips', 'drafts', 'settings'],
    ]);
    expect((await getSettings()).lastCategoryId).toBe('new-features');
  });

  it('creates the draft in the save that needs one, once, and announces it', async () => {
    const seen: ChangeNotice[] = [];
    const stop = onChange((notice) => seen.push(notice));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => saveCapture(input({ url: `https://example.com/${i}` }))),
    );
    await savePendingComment({ url: 'https://example.com/marker', comment: 'marker' });
    await expect.poll(() => seen.at(-1)?.stores).toEqual(['drafts']);
    stop();
    const issues = new Set(results.map((r) => (r.ok ? r.clip.issueId : r.error)));
    expect(issues).toEqual(new Set([(await getCurrentDraft()).id]));
    expect(seen.filter((notice) => notice.stores.includes('issues'))).toHaveLength(1);
  });

  it("files into the draft of its section's digest, started when that digest has none", async () => {
    const first = await saveCapture(input({ url: 'https://example.com/neco' }));
    const twir = await createDigest({ name: 'This Week in Rust', style: 'this-week-in-rust' });
    const [rustSection] = await listCategories();
    await setCurrentDigest('default');
    const rust = await saveCapture(
      input({ url: 'https://example.com/rust', categoryId: rustSection?.id ?? '' }),
    );
    if (!first.ok || !rust.ok) throw new Error('a save was refused');
    const drafts = await listIssues('draft');
    const rustDraft = drafts.find((issue) => issue.digestId === twir.id);
    expect(drafts).toHaveLength(2);
    expect(rust.clip.issueId).toBe(rustDraft?.id);
    expect(rust.clip.issueId).not.toBe(first.clip.issueId);
    // The current digest stays as it was, and so does its draft.
    expect((await getCurrentDraft()).id).toBe(first.clip.issueId);
  });

  it('announces nothing when a page clipped before is saved again without a quote', async () => {
    await saveCapture(input({ url: 'https://example.com/1', comment: '' }));
    const seen: ChangeNotice[] = [];
    const stop = onChange((notice) => seen.push(notice));
    const again = await saveCapture(input({ url: 'https://example.com/1', comment: '' }));
    await savePendingComment({ url: 'https://example.com/marker', comment: 'marker' });
    await expect.poll(() => seen.at(-1)?.stores).toEqual(['drafts']);
    stop();
    expect(again).toMatchObject({ ok: true, created: false });
    expect(seen.map((notice) => notice.stores)).toEqual([['drafts']]);
  });
});
