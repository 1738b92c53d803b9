import { documentFromBackup } from './backup';
import type { ParseResult } from './backup-checks';
import { type MergeOptions, type MergePlan, planMerge } from './merge';
import { systemClock } from './model';
import type { BackupClip, BackupFile } from './schema';

export interface FileMergeOptions extends Omit<MergeOptions, 'takenIds' | 'fallbackName'> {
  /** The issue of the target to merge into; by default its only issue or newest draft. */
  issueId?: string;
}

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
): ParseResult<{ file: BackupFile; plan: MergePlan }> {
  const ours = documentFromBackup(target, options.issueId);
  if (!ours.ok) return ours;
  const theirs = documentFromBackup(source);
  if (!theirs.ok) return theirs;
  const now = options.now ?? systemClock;
  const fallbackName =
    typeof source.settings?.clippedBy === 'string' ? source.settings.clippedBy : undefined;
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
