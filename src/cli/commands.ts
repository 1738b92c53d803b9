import {
  backupFromDocument,
  documentFromBackup,
  parseBackup,
  serializeBackup,
} from '../core/backup';
import { withSafeUrls } from '../core/backup/safe-values';
import type { BackupFile } from '../core/backup/schema';
import {
  allStyles,
  type HouseStyle,
  importDocument,
  ReadLimitError,
  renderIssue,
  siteRuleProblems,
} from '../core/markdown';
import { CliError, type CliIo, readText, writeJsonChecked, writeText } from './io';
import { readEdition } from './merge-md';
import { chosenStyle, type StyleOptions } from './style-options';

export interface CommandOptions extends StyleOptions {
  output?: string;
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

async function readMarkdown(io: CliIo, path: string): Promise<string> {
  // With its byte order mark, which the import keeps for render to write back.
  const markdown = await readEdition(io, path);
  if (markdown.trim() === '')
    throw new CliError(`${path}: is empty, expected a digest issue in Markdown`);
  if (looksLikeJson(markdown)) {
    throw new CliError(`${path}: is JSON, not Markdown; to turn it into Markdown use "render"`);
  }
  return markdown;
}

/** Reads a Markdown issue; a style too costly to read it is one line naming the file. */
function importFrom(path: string, markdown: string, style: HouseStyle | undefined) {
  try {
    return importDocument(markdown, style ? { style } : {});
  } catch (error) {
    if (error instanceof ReadLimitError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}

export async function importCommand(
  io: CliIo,
  path: string,
  options: CommandOptions,
): Promise<void> {
  const markdown = await readMarkdown(io, path);
  const style = await chosenStyle(io, options);
  const imported = importFrom(path, markdown, style);
  const safe = withSafeUrls(imported.doc.clips);
  const doc = { ...imported.doc, clips: safe.clips };
  const pack = backupFromDocument(doc);
  // A style from a file travels with the pack, so the pack renders without the file.
  if (options.styleFile && style) pack.styles = [style];
  await writeJsonChecked(io, options.output, serializeBackup(pack));
  const first = safe.dropped[0];
  if (first) {
    // The item itself is kept verbatim; only the clip's link field stays empty.
    const shown = first.url.length > 60 ? `${first.url.slice(0, 60)}…` : first.url;
    io.stderr(
      `${path}: ${safe.dropped.length} link(s) kept as text only, not as clip links (first: ${JSON.stringify(shown)}: ${first.reason})\n`,
    );
  }
  for (const finding of imported.findings) io.stderr(`${path}: ${finding}\n`);
  const count = doc.clips.filter((c) => c.url).length;
  io.stderr(
    `Imported ${doc.clips.length} items (${count} with a link) in ${doc.categories.length} sections, style ${imported.style.name}.\n`,
  );
}

/** A validated backup or pack with the text it was read from. */
export async function loadBackupText(io: CliIo, path: string) {
  const text = await readText(io, path, 'json');
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new CliError(`${path}: ${parsed.error}`);
  return { text, file: parsed.value };
}

export async function loadBackup(io: CliIo, path: string): Promise<BackupFile> {
  return (await loadBackupText(io, path)).file;
}

export async function renderCommand(
  io: CliIo,
  path: string,
  options: CommandOptions,
): Promise<void> {
  const file = await loadBackup(io, path);
  const style = await chosenStyle(io, options, file.styles);
  const doc = documentFromBackup(file, options.issue);
  if (!doc.ok) throw new CliError(`${path}: ${doc.error}`);
  await writeText(
    io,
    options.output,
    renderIssue(doc.value, style ?? doc.value.issue.style, file.styles),
  );
}

/** A Markdown issue: what its style's site requires and the file breaks. */
async function checkMarkdown(io: CliIo, path: string, markdown: string, options: CommandOptions) {
  const style = await chosenStyle(io, options);
  const imported = importFrom(path, markdown, style);
  const problems = siteRuleProblems(markdown, imported.style);
  const items = imported.doc.clips.filter((c) => c.url).length;
  if (imported.doc.clips.length === 0) {
    throw new CliError(
      `${path}: not a digest issue: no item found in it (read as style ${imported.style.name})`,
    );
  }
  if (problems.length) {
    throw new CliError(
      `${path}: ${problems.length} problem(s) for style ${imported.style.name}: ${problems.join('; ')}`,
    );
  }
  io.stdout(`${path}: valid ${imported.style.name} issue, ${items} items with a link\n`);
}

export async function checkCommand(
  io: CliIo,
  path: string,
  options: CommandOptions = {},
): Promise<void> {
  // A .json file is a backup or a pack, whatever it holds: never read as Markdown.
  const json = /\.json$/i.test(path);
  const text = await readText(io, path, json ? 'json' : undefined);
  if (!json && text.trim() !== '' && !looksLikeJson(text) && !text.trimStart().startsWith('{')) {
    await checkMarkdown(io, path, text, options);
    return;
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new CliError(`${path}: ${parsed.error}`);
  const file = parsed.value;
  io.stdout(
    `${path}: valid ${file.kind}, ${file.issues.length} issues, ${file.categories.length} categories, ${file.clips.length} clips\n`,
  );
}

export async function stylesCommand(io: CliIo): Promise<void> {
  const styles = allStyles();
  const width = Math.max(...styles.map((s) => s.name.length));
  io.stdout(`${styles.map((s) => `${s.name.padEnd(width)}  ${s.label}`).join('\n')}\n`);
}
