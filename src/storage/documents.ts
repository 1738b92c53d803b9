import { digestOf, type IssueDocument, systemClock } from '../core/model';
import { byOrder } from '../core/order';
import { type ClipOptions, toClip, toStoredClip } from './clips';
import { type StorageOptions, transact } from './db';
import { ofDigest } from './digests';

/**
 * The issue with its digest's categories and its clips outside the trash, by position;
 * undefined when there is no such issue. Read in one transaction, so it is a consistent
 * snapshot even while the popup is adding a clip.
 */
export async function loadIssueDocument(
  issueId: string,
  options: StorageOptions = {},
): Promise<IssueDocument | undefined> {
  return transact(options, ['issues', 'categories', 'clips'], 'readonly', async (tx) => {
    const issue = await tx.objectStore('issues').get(issueId);
    if (!issue) return undefined;
    const all = await tx.objectStore('categories').index('by-order').getAll();
    const categories = ofDigest(all, digestOf(issue));
    const stored = await tx.objectStore('clips').index('by-issue').getAll(issueId);
    const clips = stored
      .filter((clip) => !clip.deletedAt)
      .sort(byOrder)
      .map(toClip);
    return { issue, categories, clips };
  });
}

/**
 * Writes a whole document (as the Markdown importer produces) in one transaction: all of
 * it or, if any write fails, none of it. The document is the truth about its issue: clips
 * of the issue that it no longer holds go to the trash (not deleted, so a mistaken import
 * can be undone), and clips it holds come out of the trash.
 */
export async function saveIssueDocument(doc: IssueDocument, options: ClipOptions = {}) {
  const stamp = (options.now ?? systemClock)().toISOString();
  await transact(options, ['issues', 'categories', 'clips'], 'readwrite', async (tx) => {
    const clips = tx.objectStore('clips');
    const before = await clips.index('by-issue').getAll(doc.issue.id);
    // Each write is awaited before the next is queued: if one throws, no request is left
    // pending without a handler, and `transact` aborts the lot.
    await tx.objectStore('issues').put(doc.issue);
    for (const category of doc.categories) await tx.objectStore('categories').put(category);
    for (const clip of doc.clips) await clips.put(toStoredClip(clip));
    const kept = new Set(doc.clips.map((clip) => clip.id));
    for (const clip of before) {
      if (!kept.has(clip.id) && !clip.deletedAt) await clips.put({ ...clip, deletedAt: stamp });
    }
  });
}
