import { parseBackup } from '../../core/backup';
import type { BackupFile } from '../../core/backup/schema';
import type { MergePlan } from '../../core/merge/packs';
import type { Result } from '../../core/model/result';
import type { IssueOptions } from '../issues/issues';
import { restoreBackup } from './backup';
import { applyTeamMerge } from './merge';

/** "Replace everything" restores a backup; "merge" pools a teammate's clips into our draft. */
export type ImportMode = 'replace' | 'merge';

export type ImportOutcome =
  | { mode: 'replace'; file: BackupFile }
  | { mode: 'merge'; file: BackupFile; plan: MergePlan };

/**
 * Import from the text of a file: validated completely before anything is written, then
 * applied in one transaction. On any error the database is exactly as it was, and the error
 * is one line naming what is wrong.
 */
export async function importBackupText(
  text: string,
  mode: ImportMode,
  options: IssueOptions = {},
): Promise<Result<ImportOutcome>> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  if (mode === 'replace') {
    await restoreBackup(file, options);
    return { ok: true, value: { mode, file } };
  }
  const merged = await applyTeamMerge(file, options);
  return merged.ok ? { ok: true, value: { mode, file, plan: merged.value } } : merged;
}
