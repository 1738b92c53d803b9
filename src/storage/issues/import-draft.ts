import { adoptImport } from '../../core/issue/adopt';
import { DEFAULT_DIGEST_ID, digestOf, type IssueDocument, systemClock } from '../../core/model';
import { type ClipOptions, toStoredClip } from '../clips/clips';
import { transact } from '../db';
import { ofDigest } from '../digests/digests';
import { DraftChangedError } from '../errors';
import { fitDocument } from '../fits';

/**
 * Replaces the content of a draft with an imported issue (the workspace's Import Markdown):
 * sections are matched to the workspace's categories by label (core/adopt.ts), the draft
 * keeps its id, and its clips that the import does not hold go to the trash, so a mistaken
 * import can be undone from there. One transaction: all of it or nothing.
 * `expectTrashed`: how many clips the editor was told go to the trash; a draft holding
 * another number by now throws `DraftChangedError` and nothing is written.
 */
export async function importIntoDraft(
  imported: IssueDocument,
  draftId: string,
  options: ClipOptions & { expectTrashed?: number } = {},
): Promise<IssueDocument> {
  const stamp = (options.now ?? systemClock)().toISOString();
  return transact(options, ['issues', 'categories', 'clips'], 'readwrite', async (tx) => {
    const issues = tx.objectStore('issues');
    const [draft, current] = await Promise.all([
      issues.get(draftId),
      tx.objectStore('clips').index('by-issue').getAll(draftId),
    ]);
    if (draft?.status !== 'draft') throw new Error('The draft to import into is gone.');
    const live = current.filter((clip) => !clip.deletedAt);
    const { expectTrashed } = options;
    if (expectTrashed !== undefined && live.length !== expectTrashed) {
      throw new DraftChangedError(expectTrashed, live.length);
    }
    const categoryStore = tx.objectStore('categories');
    // Sections match those of the draft's own digest, and new ones join it.
    const digestId = digestOf(draft);
    const existing = ofDigest(await categoryStore.getAll(), digestId);
    const doc = adoptImport(imported, { issue: draft, categories: existing });
    // A document with a field no backup could hold (a data-URI image in its intro, a line
    // of megabytes) is refused whole, named, rather than cut or kept unrestorable.
    fitDocument(doc);
    const known = new Set(existing.map((c) => c.id));
    await issues.put({ ...doc.issue, updatedAt: stamp });
    for (const category of doc.categories) {
      if (known.has(category.id)) continue;
      await categoryStore.put(
        digestId === DEFAULT_DIGEST_ID ? category : { ...category, digestId },
      );
    }
    const clips = tx.objectStore('clips');
    for (const clip of live) await clips.put({ ...clip, deletedAt: stamp });
    for (const clip of doc.clips) await clips.put(toStoredClip(clip));
    return doc;
  });
}
