import {
  backupFromDocument,
  documentFromBackup,
  parseBackup,
  serializeBackup,
} from '../core/backup';
import { importIssue } from '../core/import';
import { isPresetName, PRESET_NAMES, type PresetName } from '../core/model';
import { renderIssue } from '../core/render';
import { withSafeUrls } from '../core/safe-values';
import type { BackupFile } from '../core/schema';
import { CliError, type CliIo, readText, writeText } from './io';

export interface CommandOptions {
  output?: string;
  preset?: string;
  issue?: string;
}

function looksLikeJson(text: string): boolean {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export async function importCommand(
  io: CliIo,
  path: string,
  options: CommandOptions,
): Promise<void> {
  const markdown = await readText(io, path);
  if (markdown.trim() === '')
    throw new CliError(`${path}: is empty, expected a digest issue in Markdown`);
  if (looksLikeJson(markdown)) {
    throw new CliError(`${path}: is JSON, not Markdown; to turn it into Markdown use "render"`);
  }
  const imported = importIssue(markdown);
  const safe = withSafeUrls(imported.clips, () => imported.issue.preset);
  const doc = { ...imported, clips: safe.clips };
  await writeText(io, options.output, serializeBackup(backupFromDocument(doc)));
  const first = safe.dropped[0];
  if (first) {
    // The item itself is kept verbatim; only the clip's link field stays empty.
    const shown = first.url.length > 60 ? `${first.url.slice(0, 60)}…` : first.url;
    io.stderr(
      `${path}: ${safe.dropped.length} link(s) kept as text only, not as clip links (first: ${JSON.stringify(shown)}: ${first.reason})\n`,
    );
  }
  const count = doc.clips.filter((c) => c.url).length;
  io.stderr(
    `Imported ${doc.clips.length} items (${count} with a link) in ${doc.categories.length} sections.\n`,
  );
}

/** A validated backup or pack with the text it was read from. */
export async function loadBackupText(io: CliIo, path: string) {
  const text = await readText(io, path);
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new CliError(`${path}: ${parsed.error}`);
  return { text, file: parsed.value };
}

export async function loadBackup(io: CliIo, path: string): Promise<BackupFile> {
  return (await loadBackupText(io, path)).file;
}

function presetOption(value: string | undefined): PresetName | undefined {
  if (value === undefined || isPresetName(value)) return value;
  throw new CliError(`unknown preset "${value}"; choose one of ${PRESET_NAMES.join(', ')}`, 2);
}

export async function renderCommand(
  io: CliIo,
  path: string,
  options: CommandOptions,
): Promise<void> {
  const preset = presetOption(options.preset);
  const doc = documentFromBackup(await loadBackup(io, path), options.issue);
  if (!doc.ok) throw new CliError(`${path}: ${doc.error}`);
  await writeText(io, options.output, renderIssue(doc.value, preset));
}

export async function checkCommand(io: CliIo, path: string): Promise<void> {
  const file = await loadBackup(io, path);
  io.stdout(
    `${path}: valid ${file.kind}, ${file.issues.length} issues, ${file.categories.length} categories, ${file.clips.length} clips\n`,
  );
}
