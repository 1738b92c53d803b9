import {
  type Category,
  digestOf,
  type Issue,
  type IssueDocument,
  systemClock,
} from '../../core/model';
import { byOrder } from '../../core/model/order';
import {
  type ArchiveReader,
  archivedOfIssue,
  findArchived,
  publishedLinks,
  putArchive,
  replaceArchived,
} from '../archive/archive';
import { type ClipOptions, toClip, toStoredClip } from '../clips/clips';
import { type StorageOptions, transact } from '../db';
import { ofDigest } from '../digests/digests';
import type { StoredClip } from '../schema/stores';
import { findDraft, getCurrentDraft, type IssueOptions } from './issues';

/**
 * The issue with its digest's categories and its clips outside the trash, by position;
 * undefined when there is no such issue. Read in one transaction, so it is a consistent
 * snapshot even while the popup is adding a clip.
 */
export async function loadIssueDocument(
  issueId: string,
  options: StorageOptions = {},
): Promise<IssueDocument | undefined> {
  const stores = ['issues', 'categories', 'clips', 'archive'] as const;
  return transact(options, stores, 'readonly', async (tx) => {
    const [issue, categories] = await Promise.all([
      tx.objectStore('issues').get(issueId),
      tx.objectStore('categories').index('by-order').getAll(),
    ]);
    return (
      issue && documentOf(issue, categories, tx.objectStore('clips'), tx.objectStore('archive'))
    );
  });
}

/**
 * The current draft as a document. Every page load but the very first finds the draft, and
 * then the draft and its clips are one transaction of two steps (the draft, its digest and
 * the categories at once, then the clips); only a missing draft is created first
 * (`getCurrentDraft`, which finds and creates in one transaction), then read.
 */
export async function loadCurrentDocument(options: IssueOptions = {}): Promise<IssueDocument> {
  const stores = ['issues', 'settings', 'categories', 'clips'] as const;
  const found = await transact(options, stores, 'readonly', async (tx) => {
    const [draft, categories] = await Promise.all([
      findDraft(tx.objectStore('settings'), tx.objectStore('issues'), options.digestId),
      tx.objectStore('categories').index('by-order').getAll(),
    ]);
    return draft && documentOf(draft, categories, tx.objectStore('clips'));
  });
  if (found) return found;
  const draft = await getCurrentDraft(options);
  return (
    (await loadIssueDocument(draft.id, options)) ?? { issue: draft, categories: [], clips: [] }
  );
}

/** What a document needs of the clips store, in whichever transaction holds it. */
interface ClipStore {
  index(name: 'by-issue'): { getAll(issueId: string): Promise<StoredClip[]> };
}

/**
 * The issue with its digest's categories and its clips outside the trash, by position: a
 * draft's from `clips`, a published issue's from its archive record.
 */
async function documentOf(
  issue: Issue,
  categories: Category[],
  clipStore: ClipStore,
  archive?: ArchiveReader,
): Promise<IssueDocument> {
  const stored =
    issue.status === 'published' && archive
      ? await archivedOfIssue(archive, issue.id)
      : await clipStore.index('by-issue').getAll(issue.id);
  const clips = stored
    .filter((clip) => !clip.deletedAt)
    .sort(byOrder)
    .map(toClip);
  return { issue, categories: ofDigest(categories, digestOf(issue)), clips };
}

/**
 * Writes a whole document (as the Markdown importer produces) in one transaction: all of
 * it or, if any write fails, none of it. The document is the truth about its issue: clips
 * of the issue that it no longer holds go to the trash (not deleted, so a mistaken import
 * can be undone), and clips it holds come out of the trash.
 */
export async function saveIssueDocument(doc: IssueDocument, options: ClipOptions = {}) {
  const stamp = (options.now ?? systemClock)().toISOString();
  const stores = ['issues', 'categories', 'clips', 'archive'] as const;
  await transact(options, stores, 'readwrite', async (tx) => {
    const clips = tx.objectStore('clips');
    const archive = tx.objectStore('archive');
    const before = [
      ...(await clips.index('by-issue').getAll(doc.issue.id)),
      ...(await archivedOfIssue(archive, doc.issue.id)),
    ];
    // Each write is awaited before the next is queued: if one throws, no request is left
    // pending without a handler, and `transact` aborts the lot.
    await tx.objectStore('issues').put(doc.issue);
    for (const category of doc.categories) await tx.objectStore('categories').put(category);
    const stored = doc.clips.map((clip) => toStoredClip(clip));
    // A clip id another published issue's record holds leaves that record first: one id
    // is stored once.
    for (const clip of stored) {
      const found = await findArchived(archive, clip.id);
      if (found && found.record.issueId !== doc.issue.id) {
        await replaceArchived(archive, found.record, clip.id, undefined);
      }
    }
    if (doc.issue.status === 'published') {
      for (const clip of stored) await clips.delete(clip.id);
      const markdown = doc.issue.publishedMarkdown;
      await putArchive(
        archive,
        doc.issue.id,
        stored,
        markdown ? publishedLinks(markdown) : undefined,
      );
    } else {
      for (const clip of stored) await clips.put(clip);
      await archive.delete(doc.issue.id);
    }
    const kept = new Set(doc.clips.map((clip) => clip.id));
    for (const clip of before) {
      if (!kept.has(clip.id) && !clip.deletedAt) await clips.put({ ...clip, deletedAt: stamp });
    }
  });
}
