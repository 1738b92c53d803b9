import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { EarlierIssue } from '../core/links/check';
import { normalizeUrl } from '../core/links/normalize';
import { type HouseStyle, importDocument, ReadLimitError } from '../core/markdown';
import { CliError, type CliIo, readText } from './io';

const run = promisify(execFile);

/** The keys of an issue's links, read by the style (or the one that explains it best). */
export function linkKeys(markdown: string, style: HouseStyle | undefined): Set<string> {
  try {
    const { doc } = importDocument(markdown, style ? { style } : {});
    return new Set(doc.clips.filter((c) => c.url).map((c) => normalizeUrl(c.url)));
  } catch (error) {
    if (error instanceof ReadLimitError) return new Set();
    throw error;
  }
}

/**
 * The `count` newest earlier issues in the archive folders, newest first: `.md` files
 * ordered by name, which digests date (`2024-05-15-this-week-in-rust.md`) or number. Only
 * those are read. The issue being checked is left out when it lies in one of the folders.
 */
export async function earlierIssues(
  io: CliIo,
  dirs: readonly string[],
  self: string,
  style: HouseStyle,
  count: number,
): Promise<EarlierIssue[]> {
  const files: string[] = [];
  for (const dir of dirs) {
    const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
      throw new CliError(
        `--archive ${dir}: ${error.code === 'ENOENT' ? 'no such folder' : error.message}`,
        2,
      );
    });
    for (const name of names) if (/\.md$/i.test(name)) files.push(join(dir, name));
  }
  const mine = resolve(self);
  const sorted = files
    .filter((file) => resolve(file) !== mine)
    .sort((a, b) => basename(b).localeCompare(basename(a)))
    .slice(0, count);
  const issues: EarlierIssue[] = [];
  for (const file of sorted) {
    issues.push({ title: basename(file), keys: linkKeys(await readText(io, file), style) });
  }
  return issues;
}

/**
 * The issue as it was at `ref` in its git repository (TWiR's `--since <PR base>`), or
 * the empty text when the file did not exist then: every item is new.
 */
export async function textAtRef(path: string, ref: string): Promise<string> {
  const cwd = dirname(resolve(path));
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd });
  } catch {
    throw new CliError(`--since ${ref}: not a commit of the git repository at ${cwd}`, 2);
  }
  try {
    const { stdout } = await run('git', ['show', `${ref}:./${basename(path)}`], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch {
    return '';
  }
}
