import { adoptImport } from '../../core/issue/adopt';
import { normalizeUrl } from '../../core/links/normalize';
import { type Clip, DEFAULT_DIGEST_ID, digestOf, type IssueDocument } from '../../core/model';
import { type ClipOptions, toStoredClip } from '../clips/clips';
import { transact } from '../db';
import { ofDigest } from '../digests/digests';
import { DraftChangedError } from '../errors';
import { fitDocument } from '../fits';
import type { StoredClip } from '../schema/stores';

/**
 * The draft brought to a merged edition (a sync with the repository): the document is the
 * merged one, span by span, and each of its items that the draft already had keeps that
 * clip (its id, when it was clipped, by whom), so a sync does not churn the trash. Items
 * new to the draft are returned as arrivals, to be shown as new; the draft's clips the
 * merge no longer holds go to the trash, where they can be restored. `expectIds` are the
 * clips of the draft the merge was made from: a draft that holds others by now (a page
 * clipped meanwhile) is refused whole, so nothing clipped since is trashed unseen.
 */
export async function syncIntoDraft(
  merged: IssueDocument,
  draftId: string,
  expectIds: readonly string[],
  options: ClipOptions = {},
): Promise<{ arrived: Clip[] }> {
  const stamp = (options.now ?? (() => new Date()))().toISOString();
  return transact(options, ['issues', 'categories', 'clips'], 'readwrite', async (tx) => {
    const issues = tx.objectStore('issues');
    const clips = tx.objectStore('clips');
    const [draft, current] = await Promise.all([
      issues.get(draftId),
      clips.index('by-issue').getAll(draftId),
    ]);
    if (draft?.status !== 'draft') throw new Error('The draft to sync is gone.');
    const live = current.filter((clip) => !clip.deletedAt);
    const expected = new Set(expectIds);
    if (live.length !== expected.size || live.some((clip) => !expected.has(clip.id))) {
      throw new DraftChangedError(expected.size, live.length);
    }
    const categoryStore = tx.objectStore('categories');
    const digestId = digestOf(draft);
    const existing = ofDigest(await categoryStore.getAll(), digestId);
    const doc = adoptImport(merged, { issue: draft, categories: existing });
    fitDocument(doc);
    const byUrl = new Map<string, StoredClip[]>();
    for (const clip of live) {
      const list = byUrl.get(clip.normalizedUrl) ?? [];
      byUrl.set(clip.normalizedUrl, [...list, clip]);
    }
    const kept = new Set<string>();
    const arrived: Clip[] = [];
    const next = doc.clips.map((clip) => {
      const same = clip.url ? byUrl.get(normalizeUrl(clip.url))?.shift() : undefined;
      if (!same) {
        arrived.push(clip);
        return clip;
      }
      kept.add(same.id);
      const { normalizedUrl: _key, ...was } = same;
      return { ...clip, id: was.id, createdAt: was.createdAt, clippedBy: was.clippedBy };
    });
    const known = new Set(existing.map((c) => c.id));
    for (const category of doc.categories) {
      if (known.has(category.id)) continue;
      await categoryStore.put(
        digestId === DEFAULT_DIGEST_ID ? category : { ...category, digestId },
      );
    }
    await issues.put({ ...doc.issue, updatedAt: stamp });
    for (const clip of live) if (!kept.has(clip.id)) await clips.put({ ...clip, deletedAt: stamp });
    for (const clip of next) {
      const { clippedBy, ...rest } = clip;
      await clips.put(toStoredClip(clippedBy ? { ...rest, clippedBy } : rest));
    }
    return { arrived };
  });
}
