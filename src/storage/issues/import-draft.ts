import type { StoreNames } from 'idb';
import { adoptImport } from '../../core/issue/adopt';
import {
  type Category,
  DEFAULT_DIGEST_ID,
  type Digest,
  digestOf,
  type IssueDocument,
  systemClock,
} from '../../core/model';
import { narrowSections } from '../categories/narrow';
import { type ClipOptions, toStoredClip } from '../clips/clips';
import { type ReadwriteTx, transact } from '../db';
import { ofDigest, readDigests, writeDigest } from '../digests/digests';
import { DraftChangedError } from '../errors';
import { fitDocument } from '../fits';
import type { DigestDB } from '../schema/stores';

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
  options: ImportOptions = {},
): Promise<IssueDocument> {
  return transact(options, ['issues', 'categories', 'clips'], 'readwrite', (tx) =>
    importIn(tx, imported, draftId, options),
  );
}

type ImportOptions = ClipOptions & { expectTrashed?: number };

/** The digest fields a past issue sets: its style and the templates of the issues after it. */
export type IssueTemplates = Pick<
  Digest,
  'style' | 'titleTemplate' | 'header' | 'intro' | 'afterwordHeading'
>;

/**
 * Sets the draft's digest up from one of its past issues, in one transaction: the issue
 * becomes the draft as `importIntoDraft` makes it, its style and templates the digest's,
 * and its sections the digest's sections (narrow.ts). Resolves to the digest's other
 * sections that stay because clips are filed under them.
 */
export async function setUpFromIssue(
  imported: IssueDocument,
  draftId: string,
  templates: IssueTemplates,
  options: ImportOptions = {},
): Promise<Category[]> {
  const stores: StoreNames<DigestDB>[] = ['issues', 'categories', 'clips', 'archive', 'settings'];
  return transact(options, stores, 'readwrite', async (tx) => {
    const doc = await importIn(tx, imported, draftId, options);
    const digestId = digestOf(doc.issue);
    const settings = tx.objectStore('settings');
    const digest = (await readDigests(settings)).find((d) => d.id === digestId);
    if (digest) await writeDigest(settings, { ...digest, ...templates });
    // Offered in that order too (the popup, the menus): the sections items go into first.
    const filled = new Set(doc.clips.map((clip) => clip.categoryId));
    const shown = doc.issue.categoryOrder;
    const keep = [
      ...shown.filter((id) => filled.has(id)),
      ...shown.filter((id) => !filled.has(id)),
    ];
    return narrowSections(
      {
        categories: tx.objectStore('categories'),
        clips: tx.objectStore('clips'),
        archive: tx.objectStore('archive'),
        issues: tx.objectStore('issues'),
      },
      digestOf,
      digestId,
      keep,
    );
  });
}

async function importIn<More extends StoreNames<DigestDB> = never>(
  tx: ReadwriteTx<'issues' | 'categories' | 'clips' | More>,
  imported: IssueDocument,
  draftId: string,
  options: ImportOptions,
): Promise<IssueDocument> {
  const stamp = (options.now ?? systemClock)().toISOString();
  {
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
  }
}
