import { readFile } from 'node:fs/promises';
import { parseBackup } from '../core/backup';
import { writeFileAtomic } from './atomic-write';

/** What the commands touch outside themselves; tests pass an in-memory version. */
export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const nodeIo: CliIo = {
  readFile: (path) => readFile(path),
  // Never truncates the target first: `merge A B -o A` killed halfway keeps A whole.
  writeFile: (path, text) => writeFileAtomic(path, text),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** An expected failure: printed as one line, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

function describeFsError(path: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return `${path}: no such file`;
    case 'EISDIR':
      return `${path}: is a directory, not a file`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `${path}: no space left on the disk; the file was not changed`;
    default:
      return `${path}: ${error.message}`;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Input limits (README, "Command line"). Real issues are tens of KB and real backups a few
 * MB; past these the Markdown importer or the JSON checks would exhaust the heap or the
 * stack instead of answering, so such a file is refused before it is read as text.
 */
export const MAX_MARKDOWN_BYTES = 8 * 1024 * 1024;
export const MAX_JSON_BYTES = 64 * 1024 * 1024;
/** Far deeper than a backup nests (under ten levels); deeper input is refused unparsed. */
export const MAX_JSON_DEPTH = 64;

export type InputKind = 'markdown' | 'json';

const MiB = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;

/** The deepest `{`/`[` nesting outside strings, counting no further than `limit + 1`. */
function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      deepest = Math.max(deepest, depth);
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

const LEADING = new Set([0x20, 0x09, 0x0a, 0x0d, 0xef, 0xbb, 0xbf]);

/** JSON starts with `{` or `[`; everything else the CLI reads is Markdown. */
const kindOf = (bytes: Uint8Array): InputKind => {
  for (const byte of bytes.subarray(0, 4096)) {
    if (byte === 0x7b || byte === 0x5b) return 'json';
    // Spaces, line breaks and a UTF-8 byte order mark may come first.
    if (!LEADING.has(byte)) return 'markdown';
  }
  return 'markdown';
};

/**
 * Reads a UTF-8 text file; binary or mis-encoded input is refused with a clear message, as
 * is input over its size limit or JSON nested too deeply. Without `kind`, input that starts
 * with `{` or `[` is taken for JSON.
 */
export async function readText(io: CliIo, path: string, kind?: InputKind): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new CliError(describeFsError(path, error as NodeJS.ErrnoException));
  }
  const as = kind ?? kindOf(bytes);
  const limit = as === 'json' ? MAX_JSON_BYTES : MAX_MARKDOWN_BYTES;
  if (bytes.length > limit) {
    const what = as === 'json' ? 'JSON' : 'Markdown';
    throw new CliError(
      `${path}: is ${MiB(bytes.length)}; ${what} input is limited to ${MiB(limit)}`,
    );
  }
  if (bytes.includes(0)) throw new CliError(`${path}: is a binary file, not text`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new CliError(`${path}: is not UTF-8 text`);
  }
  if (as === 'json' && jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new CliError(
      `${path}: is nested too deeply (more than ${MAX_JSON_DEPTH} levels of arrays or objects); a backup nests only a few`,
    );
  }
  return text;
}

export async function writeText(io: CliIo, path: string | undefined, text: string): Promise<void> {
  if (path === undefined) return io.stdout(text);
  try {
    await io.writeFile(path, text);
  } catch (error) {
    throw new CliError(describeFsError(path, error as NodeJS.ErrnoException));
  }
}

/**
 * Writes a backup or pack only if `check` would accept it: the reader's size limit and its
 * own validation (core/backup parseBackup, which applies the backup schema and its limits),
 * so what the CLI writes and what it reads can never disagree. A refusal is one line;
 * nothing is written.
 */
export async function writeJsonChecked(
  io: CliIo,
  path: string | undefined,
  text: string,
): Promise<void> {
  // The readers refuse JSON over their size limit unread, so a larger pack is never valid.
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_JSON_BYTES) {
    throw new CliError(
      `${path ?? 'output'}: not written, it would be ${MiB(bytes)} and check, render and merge read at most ${MiB(MAX_JSON_BYTES)}; split the issue into smaller files`,
    );
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) {
    throw new CliError(
      `${path ?? 'output'}: not written, it would not be a valid pack: ${parsed.error}`,
    );
  }
  await writeText(io, path, text);
}
