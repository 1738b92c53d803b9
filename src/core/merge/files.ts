import { documentFromBackup } from '../backup';
import type { BackupClip, BackupFile } from '../backup/schema';
import { systemClock } from '../model';
import { type MergeOptions, type MergePlan, planMerge } from './packs';

export interface FileMergeOptions extends Omit<MergeOptions, 'takenIds'> {
  /** The issue of the target to merge into; by default its only issue or newest draft. */
  issueId?: string;
}

export type MergeFilesResult =
  | { ok: true; value: { file: BackupFile; plan: MergePlan } }
  | { ok: false; error: string; in: 'target' | 'source' };

/**
 * `digest-clipper merge A.json B.json`: B's issue merged into A's, written back into A.
 * Everything else in A (other issues, the trash, settings, drafts) stays as it was, and a
 * merge that changes nothing returns A itself, `exportedAt` included, so a pack kept in
 * git shows no diff.
 */
export function mergeBackupFiles(
  target: BackupFile,
  source: BackupFile,
  options: FileMergeOptions = {},
): MergeFilesResult {
  const ours = documentFromBackup(target, options.issueId);
  if (!ours.ok) return { ...ours, in: 'target' };
  const theirs = documentFromBackup(source);
  if (!theirs.ok) {
    return { ok: false, in: 'source', error: 'holds several issues and no draft to merge from' };
  }
  const now = options.now ?? systemClock;
  // Who B's clips are from when they do not say: as asked, else B's own name setting.
  const fallbackName = options.fallbackName || source.settings?.clippedBy;
  const plan = planMerge(ours.value, theirs.value, {
    ...options,
    now,
    ...(fallbackName ? { fallbackName } : {}),
    takenIds: new Set(target.clips.map((clip) => clip.id)),
  });
  if (!plan.changed) return { ok: true, value: { file: target, plan } };

  const replaced = new Map(plan.merged.map(({ after }) => [after.id, after]));
  const issue = plan.document.issue;
  const file: BackupFile = {
    ...target,
    exportedAt: now().toISOString(),
    categories: plan.document.categories,
    issues: target.issues.map((i) => (i.id === issue.id ? issue : i)),
    clips: [
      ...target.clips.map((clip): BackupClip => replaced.get(clip.id) ?? clip),
      ...plan.added,
    ],
  };
  return { ok: true, value: { file, plan } };
}

export type CombineResult =
  | { ok: true; value: BackupFile }
  | { ok: false; name: string; error: string };

/**
 * Every pack merged into the first, in the order given (the CLI sorts by name, the Team
 * view by file name too), with the same rules as a two-file merge: same normalised URL
 * merges, comments attributed, idempotent.
 */
export function combinePacks(files: { name: string; file: BackupFile }[]): CombineResult {
  const [first, ...rest] = files;
  if (!first) return { ok: false, name: '', error: 'no packs to merge' };
  const checked = mergeBackupFiles(first.file, first.file);
  if (!checked.ok) return { ok: false, name: first.name, error: checked.error };
  let combined = first.file;
  for (const { name, file } of rest) {
    const merged = mergeBackupFiles(combined, file);
    if (!merged.ok) return { ok: false, name, error: merged.error };
    combined = merged.value.file;
  }
  return { ok: true, value: combined };
}
