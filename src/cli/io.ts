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

/** Reads a UTF-8 text file; binary or mis-encoded input is refused with a clear message. */
export async function readText(io: CliIo, path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new CliError(describeFsError(path, error as NodeJS.ErrnoException));
  }
  if (bytes.includes(0)) throw new CliError(`${path}: is a binary file, not text`);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new CliError(`${path}: is not UTF-8 text`);
  }
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
 * Writes a backup or pack only if `check` would accept it: the reader's own validation
 * (core/backup.ts parseBackup, which applies core/schema.ts and its limits), so what the
 * CLI writes and what it reads can never disagree. A refusal is one line; nothing is written.
 */
export async function writeJsonChecked(
  io: CliIo,
  path: string | undefined,
  text: string,
): Promise<void> {
  const parsed = parseBackup(text);
  if (!parsed.ok) {
    throw new CliError(
      `${path ?? 'output'}: not written, it would not be a valid pack: ${parsed.error}`,
    );
  }
  await writeText(io, path, text);
}
