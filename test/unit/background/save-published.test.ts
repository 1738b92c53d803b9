import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { saveCapture } from '../../../src/background/save';
import type { ClipInput } from '../../../src/core/messages';
import { closeDatabase } from '../../../src/storage/db';
import { loadIssueDocument } from '../../../src/storage/issues/documents';
import { getCurrentDraft } from '../../../src/storage/issues/issues';
import { publishIssue } from '../../../src/storage/issues/publish';

// The worker's save path against the real storage code, under the extension's database name.
afterEach(async () => {
  await closeDatabase();
  await deleteDB('digest-clipper');
});

const input = (over: Partial<ClipInput> = {}): ClipInput => ({
  url: 'https://example.com/post',
  pageTitle: 'Post',
  description: '',
  heading: 'Post',
  comment: 'as published',
  categoryId: 'tools',
  ...over,
});

describe('the worker and a published clip', () => {
  it('refuses the popup’s edit with its own code, and a follow-up then joins the current draft', async () => {
    const draft = await getCurrentDraft();
    const saved = await saveCapture(input());
    if (!saved.ok) throw new Error(saved.error);
    const { next } = await publishIssue(draft.id);

    const edit = await saveCapture(
      input({ id: saved.clip.id, comment: 'never published', draftUrl: input().url }),
    );
    expect(edit).toMatchObject({ ok: false, code: 'published' });
    expect((await loadIssueDocument(draft.id))?.clips.map((c) => c.comment)).toEqual([
      'as published',
    ]);

    const followUp = await saveCapture(input({ comment: 'never published', followUp: true }));
    expect(followUp).toMatchObject({ ok: true, created: true, clip: { issueId: next.id } });
    expect((await loadIssueDocument(next.id))?.clips.map((c) => c.comment)).toEqual([
      'never published',
    ]);
  });

  it('a capture without the follow-up choice changes nothing and says the issue is published', async () => {
    const draft = await getCurrentDraft();
    await saveCapture(input());
    await publishIssue(draft.id);
    const quote = await saveCapture(input({ comment: '> quoted later' }));
    expect(quote).toMatchObject({ ok: true, created: false, published: true });
    expect((await loadIssueDocument(draft.id))?.clips.map((c) => c.comment)).toEqual([
      'as published',
    ]);
  });
});
