import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { captureIntoDraft } from '../../../src/storage/clips/capture';
import { findClipsByUrl, getClip, saveClip } from '../../../src/storage/clips/clips';
import { restoreClip } from '../../../src/storage/clips/edits';
import { listTrash, moveToTrash } from '../../../src/storage/clips/trash';
import { closeDatabase } from '../../../src/storage/db';
import { ClippedAgainError } from '../../../src/storage/errors';
import { getCurrentDraft } from '../../../src/storage/issues/issues';
import { trashClips } from '../../../src/ui/outline/actions';
import { clip, draftIssue, freshDb } from './fresh-db';

const page = (comment: string, url = 'https://example.com/post') => ({
  url,
  pageTitle: 'Post',
  description: '',
  heading: 'Post',
  comment,
  categoryId: 'tools',
});

describe('a trashed clip whose page was clipped again', () => {
  it('stays in the trash on restore: one live clip per page, and the trashed one kept', async () => {
    const db = freshDb();
    const draft = await getCurrentDraft(db);
    const first = await captureIntoDraft(page('mine'), db);
    await moveToTrash(first.clip.id, db);
    // The same page again, from a menu, while the first clip is in the trash.
    const again = await captureIntoDraft(page('> a quote', 'https://example.com/post#top'), db);
    expect(again.created).toBe(true);

    const refusal = restoreClip(first.clip.id, draft.id, db);
    await expect(refusal).rejects.toBeInstanceOf(ClippedAgainError);
    await expect(refusal).rejects.toMatchObject({ liveHeading: 'Post' });
    const live = await findClipsByUrl('https://example.com/post', db);
    expect(live.map((c) => c.id)).toEqual([again.clip.id]);
    // Nothing lost: the trashed clip, its comment included, is still there to copy.
    expect((await listTrash(db)).map((c) => [c.id, c.comment])).toEqual([[first.clip.id, 'mine']]);
  });

  it('an item imported without a link never counts as the same page as another', async () => {
    const db = freshDb();
    await draftIssue('issue-1', db);
    await saveClip(clip({ id: 'a', url: '' }), db);
    await saveClip(clip({ id: 'b', url: '' }), db);
    await moveToTrash('a', db);
    expect(await restoreClip('a', 'issue-1', db)).toBe(true);
  });
});

// The Undo the workspace and the side panel run, on the database the pages use: every clip
// is tried, the first refusal thrown.
describe('trashClips’ undo', () => {
  afterEach(async () => {
    await closeDatabase();
    await deleteDB('digest-clipper');
  });

  it('restores every clip it can before reporting a refusal', async () => {
    const draft = await getCurrentDraft();
    const a = await captureIntoDraft(page('a', 'https://example.com/ua'));
    const b = await captureIntoDraft(page('b', 'https://example.com/ub'));
    const undo = await trashClips([a.clip.id, b.clip.id], draft.id);
    await captureIntoDraft(page('again', 'https://example.com/ua'));
    await expect(undo()).rejects.toBeInstanceOf(ClippedAgainError);
    expect((await getClip(b.clip.id))?.deletedAt).toBeUndefined();
    expect((await findClipsByUrl('https://example.com/ua')).length).toBe(1);
  });
});
