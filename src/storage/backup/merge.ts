import type { IDBPTransaction } from 'idb';
import { documentFromBackup } from '../../core/backup';
import type { BackupFile } from '../../core/backup/schema';
import {
  type MergeOptions,
  type MergePlan,
  type MergePreview,
  planMerge,
} from '../../core/merge/packs';
import { digestOf, type IssueDocument, systemClock } from '../../core/model';
import type { Result } from '../../core/model/result';
import { toClip, toStoredClip } from '../clips/clips';
import { transact } from '../db';
import { ofDigest } from '../digests/digests';
import { fitDocument } from '../fits';
import { getCurrentDraft, type IssueOptions } from '../issues/issues';
import type { DigestDB } from '../schema/stores';

type MergeStores = ('issues' | 'categories' | 'clips' | 'archive')[];
const STORES: MergeStores = ['issues', 'categories', 'clips', 'archive'];

/**
 * Plans the merge from what the transaction reads: our draft with the workspace's
 * categories and its clips outside the trash. Pure computation after the reads, so no
 * foreign await runs inside the transaction.
 */
async function plan(
  tx: IDBPTransaction<DigestDB, MergeStores, IDBTransactionMode>,
  draftId: string,
  file: BackupFile,
  theirs: IssueDocument,
  options: IssueOptions,
): Promise<Result<MergePlan>> {
  const issue = await tx.objectStore('issues').get(draftId);
  if (!issue) return { ok: false, error: 'the current draft was removed; reopen the workspace' };
  // Published in another window since the draft was looked up: its Markdown is frozen.
  if (issue.status !== 'draft') {
    return { ok: false, error: 'the draft was just published; open the file again to merge it' };
  }
  const categories = ofDigest(
    await tx.objectStore('categories').index('by-order').getAll(),
    digestOf(issue),
  );
  const all = await tx.objectStore('clips').getAll();
  const clips = all.filter((c) => c.issueId === draftId && !c.deletedAt).map(toClip);
  // Their ids that a published issue's clip has: one key lookup each, no record read.
  const byClip = tx.objectStore('archive').index('by-clip');
  const theirIds = theirs.clips.map((clip) => clip.id);
  const archived = await Promise.all(theirIds.map((id) => byClip.getKey(id)));
  const fallbackName = file.settings?.clippedBy;
  const mergeOptions: MergeOptions = {
    now: options.now ?? systemClock,
    takenIds: new Set([
      ...all.map((c) => c.id),
      ...theirIds.filter((_, i) => archived[i] !== undefined),
    ]),
    ...(options.newId ? { newId: options.newId } : {}),
    ...(typeof fallbackName === 'string' && fallbackName ? { fallbackName } : {}),
  };
  return { ok: true, value: planMerge({ issue, categories, clips }, theirs, mergeOptions) };
}

/** What merging the file into the current draft would add, merge and leave alone. */
export async function previewTeamMerge(
  file: BackupFile,
  options: IssueOptions = {},
): Promise<Result<MergePreview>> {
  const theirs = documentFromBackup(file);
  if (!theirs.ok) return theirs;
  const draft = await getCurrentDraft(options);
  const planned = await transact(options, STORES, 'readonly', (tx) =>
    plan(tx, draft.id, file, theirs.value, options),
  );
  if (!planned.ok) return planned;
  const { added, merged, unchanged, newCategories } = planned.value;
  return { ok: true, value: { added, merged, unchanged, newCategories } };
}

/**
 * Merges a teammate's validated backup or pack into the current draft in one transaction
 * (docs/backup.md, "Team merge"). Applying the same file twice changes nothing the second
 * time.
 */
export async function applyTeamMerge(
  file: BackupFile,
  options: IssueOptions = {},
): Promise<Result<MergePlan>> {
  // Checked before the draft is looked up, which may create one: a refused file writes nothing.
  const theirs = documentFromBackup(file);
  if (!theirs.ok) return theirs;
  const draft = await getCurrentDraft(options);
  return transact(options, STORES, 'readwrite', async (tx) => {
    const planned = await plan(tx, draft.id, file, theirs.value, options);
    if (!planned.ok || !planned.value.changed) return planned;
    const { document, added, merged, newCategories } = planned.value;
    // Comments joined with a teammate's may pass the limit that each alone kept.
    fitDocument(document);
    await tx.objectStore('issues').put(document.issue);
    // Sections a teammate brings join the digest of the draft they merge into.
    const digestId = document.issue.digestId;
    for (const category of newCategories) {
      await tx.objectStore('categories').put(digestId ? { ...category, digestId } : category);
    }
    for (const clip of [...merged.map((m) => m.after), ...added]) {
      await tx.objectStore('clips').put(toStoredClip(clip));
    }
    return planned;
  });
}
