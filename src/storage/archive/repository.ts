import { adoptImport } from '../../core/issue/adopt';
import { DEFAULT_DIGEST_ID, type Issue, type IssueDocument } from '../../core/model';
import { toStoredClip } from '../clips/clips';
import { type StorageOptions, transact } from '../db';
import { ofDigest } from '../digests/digests';
import { fitDocument } from '../fits';
import { publishedLinks, putArchive } from './archive';

/**
 * Published issues read from the digest's repository, written into the archive: each one an
 * issue record with its frozen Markdown and one archive record of its clips, so the
 * duplicate check at capture, the earlier-issue check and search find every link the
 * digest ever published. Written a batch per transaction, so a long first read shows its
 * progress and a failure keeps every batch before it.
 */

/** Ids of issues that are stored, of those asked for: what an earlier read really wrote. */
export async function storedIssueIds(
  ids: readonly string[],
  options: StorageOptions = {},
): Promise<Set<string>> {
  return transact(options, ['issues'], 'readonly', async (tx) => {
    const found = await Promise.all(ids.map((id) => tx.objectStore('issues').getKey(id)));
    return new Set(found.filter((key): key is string => key !== undefined));
  });
}

/** The frozen issue only: its Markdown is its document, so the spans are not kept twice. */
function published(adopted: IssueDocument, read: Issue): Issue {
  const { layout: _layout, ...issue } = adopted.issue;
  return { ...issue, status: 'published', publishedMarkdown: read.publishedMarkdown ?? '' };
}

/**
 * Writes `docs` (published issues of `digestId`, ids from core/issue/archived-issue.ts) and
 * removes the issues `removed` names, in one transaction. Sections are matched to the
 * digest's categories by label, inside the transaction, as an import into the draft
 * matches them; a section the digest never had becomes one of its categories, so every
 * archived clip has a section, as backups require.
 */
export async function putRepositoryIssues(
  digestId: string,
  docs: readonly IssueDocument[],
  removed: readonly string[],
  options: StorageOptions = {},
): Promise<void> {
  const stores = ['issues', 'categories', 'archive', 'clips'] as const;
  await transact(options, stores, 'readwrite', async (tx) => {
    const issues = tx.objectStore('issues');
    const categoryStore = tx.objectStore('categories');
    const archive = tx.objectStore('archive');
    let categories = ofDigest(await categoryStore.getAll(), digestId);
    for (const doc of docs) {
      const stored = await issues.get(doc.issue.id);
      // Only a record this read wrote is replaced; never an editor's own issue.
      if (stored && (stored.status !== 'published' || stored.digestId !== digestId)) continue;
      const known = new Set(categories.map((category) => category.id));
      const adopted = adoptImport(doc, { issue: doc.issue, categories });
      const issue = published(adopted, doc.issue);
      const clips = adopted.clips.map(({ source: _source, ...clip }) => clip);
      fitDocument({ issue, categories: adopted.categories, clips });
      for (const category of adopted.categories) {
        if (known.has(category.id)) continue;
        await categoryStore.put(
          digestId === DEFAULT_DIGEST_ID ? category : { ...category, digestId },
        );
      }
      categories = adopted.categories;
      await issues.put(issue);
      await putArchive(
        archive,
        issue.id,
        clips.map((clip) => toStoredClip(clip)),
        publishedLinks(issue.publishedMarkdown),
      );
    }
    const clipStore = tx.objectStore('clips');
    for (const id of removed) {
      const stored = await issues.get(id);
      if (stored?.status !== 'published' || stored.digestId !== digestId) continue;
      await issues.delete(id);
      await archive.delete(id);
      // Its trashed clips went with it: nothing could restore them into an issue.
      for (const key of await clipStore.index('by-issue').getAllKeys(id)) {
        await clipStore.delete(key);
      }
    }
  });
}
