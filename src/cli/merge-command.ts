import { serializeBackup } from '../core/backup';
import { mergeBackupFiles } from '../core/merge-files';
import { loadBackup, loadBackupText } from './commands';
import { CliError, type CliIo, writeJsonChecked } from './io';

export interface MergeCommandOptions {
  output?: string;
  issue?: string;
  from?: string;
}

/**
 * `merge A.json B.json [-o OUT.json]`: B's clips merged into A's draft (or `--issue`), the
 * result written whole, A's other contents kept. A summary goes to stderr so stdout stays
 * the JSON.
 */
export async function mergeCommand(
  io: CliIo,
  [target, source]: string[],
  options: MergeCommandOptions,
): Promise<void> {
  if (!target || !source) throw new CliError('merge: needs two files, A.json and B.json', 2);
  const { text, file: ours } = await loadBackupText(io, target);
  const theirs = await loadBackup(io, source);
  const result = mergeBackupFiles(ours, theirs, {
    ...(options.issue ? { issueId: options.issue } : {}),
    ...(options.from ? { fallbackName: options.from } : {}),
  });
  if (!result.ok)
    throw new CliError(`${result.in === 'target' ? target : source}: ${result.error}`);
  const { file, plan } = result.value;
  // A merge that changes nothing writes A back as it was read, so git shows no diff.
  await writeJsonChecked(io, options.output, plan.changed ? serializeBackup(file) : text);
  io.stderr(
    `Merged ${source} into ${target}: ${plan.added.length} added, ${plan.merged.length} merged, ` +
      `${plan.unchanged.length} already there, ${plan.newCategories.length} new categories.\n`,
  );
}
