import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { documentFromBackup, serializeBackup } from '../core/backup';
import type { BackupFile } from '../core/backup/schema';
import { renderIssue } from '../core/markdown';
import { combinePacks, mergeBackupFiles } from '../core/merge/files';
import { loadBackup, loadBackupText } from './commands';
import { CliError, type CliIo, writeText } from './io';

/**
 * The team's repository on the command line, for CI: `render DIR` merges every pack in a
 * folder (what the Team view's Get team clips merges) and writes the issue; `merge` takes
 * any number of files. Both fold with core/merge-files.ts `combinePacks`, the workspace's code.
 */

type ListDir = (path: string) => Promise<{ name: string; file: boolean; dir: boolean }[]>;

const nodeListDir: ListDir = async (path) =>
  (await readdir(path, { withFileTypes: true })).map((entry) => ({
    name: entry.name,
    file: entry.isFile(),
    dir: entry.isDirectory(),
  }));

const ISSUE_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The pack files to merge: the `.json` files of DIR, or, when DIR is the packs folder
 * itself (one folder per issue date), those of its newest issue.
 */
export async function packFiles(io: CliIo, dir: string, list: ListDir = nodeListDir) {
  let entries: Awaited<ReturnType<ListDir>>;
  try {
    entries = await list(dir);
  } catch {
    throw new CliError(`${dir}: no such folder`);
  }
  const json = entries.filter((e) => e.file && e.name.endsWith('.json')).map((e) => e.name);
  if (json.length > 0) return json.sort().map((name) => join(dir, name));
  const dates = entries.filter((e) => e.dir && ISSUE_FOLDER.test(e.name)).map((e) => e.name);
  const newest = dates.sort().at(-1);
  if (!newest) throw new CliError(`${dir}: holds no .json packs and no issue folders (YYYY-MM-DD)`);
  io.stderr(`${dir}: using the newest issue folder, ${newest}\n`);
  return packFiles(io, join(dir, newest), list);
}

async function loadAll(io: CliIo, paths: string[]) {
  const files: { name: string; file: BackupFile }[] = [];
  for (const path of paths) files.push({ name: path, file: await loadBackup(io, path) });
  return files;
}

export interface RenderDirOptions {
  output?: string;
}

/** `render DIR [-o OUT.md]`: every pack in DIR merged, the issue rendered in its own style. */
export async function renderDirCommand(
  io: CliIo,
  dir: string,
  options: RenderDirOptions = {},
  list: ListDir = nodeListDir,
): Promise<void> {
  const paths = await packFiles(io, dir, list);
  const combined = combinePacks(await loadAll(io, paths));
  if (!combined.ok) throw new CliError(`${combined.name || dir}: ${combined.error}`);
  const doc = documentFromBackup(combined.value);
  if (!doc.ok) throw new CliError(`${dir}: ${doc.error}`);
  const file = combined.value;
  await writeText(
    io,
    options.output,
    renderIssue(doc.value, doc.value.issue.style, file.styles ?? []),
  );
  io.stderr(`Rendered ${doc.value.clips.length} clips from ${paths.length} packs in ${dir}.\n`);
}

export interface MergeManyOptions {
  output?: string;
  issue?: string;
  from?: string;
}

/**
 * `merge A.json B.json [C.json …] [-o OUT.json]`: B, C… merged into A's draft (or
 * `--issue`) in the order given, as two-file merges one after another. A merge that
 * changes nothing writes A back byte for byte, so git shows no diff.
 */
export async function mergeManyCommand(
  io: CliIo,
  [target, ...sources]: string[],
  options: MergeManyOptions = {},
): Promise<void> {
  if (!target || sources.length === 0) {
    throw new CliError('merge: needs at least two files, A.json and B.json', 2);
  }
  const { text, file: ours } = await loadBackupText(io, target);
  let merged = ours;
  const totals = { added: 0, merged: 0, unchanged: 0, categories: 0 };
  for (const source of sources) {
    const theirs = await loadBackup(io, source);
    const result = mergeBackupFiles(merged, theirs, {
      ...(options.issue ? { issueId: options.issue } : {}),
      ...(options.from ? { fallbackName: options.from } : {}),
    });
    if (!result.ok)
      throw new CliError(`${result.in === 'target' ? target : source}: ${result.error}`);
    merged = result.value.file;
    totals.added += result.value.plan.added.length;
    totals.merged += result.value.plan.merged.length;
    totals.unchanged += result.value.plan.unchanged.length;
    totals.categories += result.value.plan.newCategories.length;
  }
  await writeText(io, options.output, merged === ours ? text : serializeBackup(merged));
  io.stderr(
    `Merged ${sources.join(', ')} into ${target}: ${totals.added} added, ${totals.merged} merged, ` +
      `${totals.unchanged} already there, ${totals.categories} new categories.\n`,
  );
}
