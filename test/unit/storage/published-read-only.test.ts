import { describe, expect, it } from 'vitest';
import { captureIntoDraft } from '../../../src/storage/clips/capture';
import { editCapturedClip } from '../../../src/storage/clips/captured-edit';
import { findClipsByUrl } from '../../../src/storage/clips/clips';
import { loadIssueDocument } from '../../../src/storage/issues/documents';
import { getCurrentDraft } from '../../../src/storage/issues/issues';
import { publishIssue } from '../../../src/storage/issues/publish';
import { freshDb } from './fresh-db';

const URL = 'https://example.com/post';
const page = (comment = '') => ({
  url: URL,
  pageTitle: 'Post',
  description: '',
  heading: 'Post',
  comment,
  categoryId: 'tools',
});

/** A page clipped with a comment into a draft that is then published. */
async function publishedPage(db: { dbName: string }) {
  const draft = await getCurrentDraft(db);
  const { clip } = await captureIntoDraft(page('as published'), db);
  const { next } = await publishIssue(draft.id, db);
  return { published: draft.id, next: next.id, clip };
}

describe('a page of a published issue', () => {
  it('the popup’s edit of its clip is refused inside the transaction, and the clip stays as published', async () => {
    const db = freshDb();
    const { published, clip } = await publishedPage(db);
    const result = await editCapturedClip(clip.id, { comment: 'never published' }, undefined, db);
    expect(result).toMatchObject({ status: 'published', current: { comment: 'as published' } });
    const doc = await loadIssueDocument(published, db);
    expect(doc?.clips.map((c) => c.comment)).toEqual(['as published']);
  });

  it('a quote from a menu leaves the published clip as it is', async () => {
    const db = freshDb();
    const { published } = await publishedPage(db);
    const outcome = await captureIntoDraft(page('> a later quote'), db);
    expect(outcome).toMatchObject({ created: false, published: true, elsewhere: true });
    const doc = await loadIssueDocument(published, db);
    expect(doc?.clips.map((c) => c.comment)).toEqual(['as published']);
    expect(await findClipsByUrl(URL, db)).toHaveLength(1);
  });

  it('a follow-up joins the current draft as a clip of its own; later captures find that one', async () => {
    const db = freshDb();
    const { published, next } = await publishedPage(db);
    const followUp = await captureIntoDraft(page('what changed since'), { ...db, followUp: true });
    expect(followUp).toMatchObject({ created: true, clip: { issueId: next } });
    // Once the draft has the page, it is that clip a quote joins, not the published one.
    const quote = await captureIntoDraft(page('> more'), db);
    expect(quote).toMatchObject({ created: false, clip: { id: followUp.clip.id } });
    expect(quote.clip.comment).toBe('what changed since\n\n> more');
    // A second follow-up of a page the draft already has is the same clip, not a third.
    const again = await captureIntoDraft(page(''), { ...db, followUp: true });
    expect(again).toMatchObject({ created: false, clip: { id: followUp.clip.id } });
    const doc = await loadIssueDocument(published, db);
    expect(doc?.clips.map((c) => c.comment)).toEqual(['as published']);
    expect(await findClipsByUrl(URL, db)).toHaveLength(2);
  });
});
