import { describe, expect, it } from 'vitest';
import { captureClip } from '../../../src/storage/clips/capture';
import { addClip, countClips, getClip, type NewClip } from '../../../src/storage/clips/clips';
import { restoreClip } from '../../../src/storage/clips/edits';
import { moveToTrash } from '../../../src/storage/clips/trash';
import { IssueNotDraftError } from '../../../src/storage/errors';
import { loadIssueDocument } from '../../../src/storage/issues/documents';
import { getCurrentDraft } from '../../../src/storage/issues/issues';
import { publishIssue } from '../../../src/storage/issues/publish';
import { at, freshDb } from './fresh-db';

// A page shows draft d1; another window publishes it (d2 becomes the draft). Writes that
// still name d1 are refused inside their own transaction, and nothing is stored.

const page = (id: string): NewClip => ({
  url: `https://example.com/${id}`,
  pageTitle: id,
  description: '',
  heading: id,
  comment: '',
  categoryId: 'tools',
  issueId: 'd1',
});

async function publishedSince() {
  const db = freshDb();
  await getCurrentDraft({ ...db, now: at(2024, 3, 1), newId: () => 'd1' });
  await addClip(page('a'), { ...db, newId: () => 'a' });
  await addClip(page('gone'), { ...db, newId: () => 'gone' });
  await moveToTrash('gone', db);
  await publishIssue('d1', { ...db, newId: () => 'd2', now: at(2024, 3, 2) });
  return db;
}

describe('a write naming an issue published since', () => {
  it('adds no clip to it', async () => {
    const db = await publishedSince();
    await expect(addClip(page('late'), { ...db, newId: () => 'late' })).rejects.toBeInstanceOf(
      IssueNotDraftError,
    );
    expect(await getClip('late', db)).toBeUndefined();
    expect(await countClips('d1', db)).toBe(1);
    expect(await countClips('d2', db)).toBe(0);
  });

  it('captures nothing into it', async () => {
    const db = await publishedSince();
    await expect(captureClip(page('late'), { ...db, newId: () => 'late' })).rejects.toBeInstanceOf(
      IssueNotDraftError,
    );
    expect(await getClip('late', db)).toBeUndefined();
  });

  it('restores no clip into it, and restores into the draft that is current', async () => {
    const db = await publishedSince();
    await expect(restoreClip('gone', 'd1', db)).rejects.toBeInstanceOf(IssueNotDraftError);
    expect((await getClip('gone', db))?.deletedAt).toBeDefined();
    expect(await restoreClip('gone', 'd2', db)).toBe(true);
    const restored = await getClip('gone', db);
    expect(restored).toMatchObject({ issueId: 'd2' });
    expect(restored?.deletedAt).toBeUndefined();
    expect((await loadIssueDocument('d1', db))?.clips.map((c) => c.id)).toEqual(['a']);
  });
});
