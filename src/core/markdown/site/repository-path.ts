import type { Issue } from '../../model';
import { isIsoDate } from '../../model/dates';
import type { Result } from '../../model/result';

/**
 * Edition paths in a digest's repository, written as patterns (`draft/{date}-this-week-in-rust.md`,
 * `articles/productivity-weekly-{yyyymmdd}.md`): expanded for an issue to name its file,
 * and matched against the repository's paths to tell which files are editions and of
 * which date or number. The published issues are the files in an archive folder named as
 * the edition is (`content/2022-07-27-this-week-in-rust.md`).
 */

const PLACES: Record<string, string> = {
  date: String.raw`(\d{4}-\d{1,2}-\d{1,2})`,
  yyyymmdd: String.raw`(\d{8})`,
  year: String.raw`(\d{4})`,
  number: String.raw`(\d{1,9})`,
};

const PLACE = /\{([^{}]*)\}/g;

/** What is wrong with a pattern, or null: only known placeholders, no stray braces. */
export function patternProblem(pattern: string): string | null {
  for (const [, name = ''] of pattern.matchAll(PLACE)) {
    if (!Object.hasOwn(PLACES, name)) {
      return `{${name}} is not one of {date}, {yyyymmdd}, {year}, {number}`;
    }
  }
  if (/[{}]/.test(pattern.replace(PLACE, ''))) return 'a brace without its pair';
  return null;
}

/** The path of an issue's file. */
export function expandEditionPath(
  pattern: string,
  issue: Pick<Issue, 'date' | 'number'>,
): Result<string> {
  const problem = patternProblem(pattern);
  if (problem) return { ok: false, error: problem };
  const names = [...pattern.matchAll(PLACE)].map((m) => m[1]);
  if (names.includes('number') && issue.number === null) {
    return { ok: false, error: 'the path needs the issue number, and the issue has none' };
  }
  if (names.some((n) => n !== 'number') && !isIsoDate(issue.date)) {
    return { ok: false, error: 'the path needs the issue date, and the issue has none' };
  }
  const values: Record<string, string> = {
    date: issue.date,
    yyyymmdd: issue.date.replaceAll('-', ''),
    year: issue.date.slice(0, 4),
    number: String(issue.number ?? ''),
  };
  return { ok: true, value: pattern.replace(PLACE, (_m, name: string) => values[name] ?? '') };
}

export interface PathMatch {
  /** The date the path names, when it names a real one. */
  date: string | null;
  number: number | null;
}

const literal = (text: string) => text.replace(/[.*+?^$()|[\]\\/-]/g, '\\$&');
const pad = (part: string) => part.padStart(2, '0');

/** The date and number a path names, or null when it is not named by the pattern. */
export function matchEditionPath(pattern: string, path: string): PathMatch | null {
  if (patternProblem(pattern)) return null;
  const names: string[] = [];
  let source = '';
  let last = 0;
  for (const found of pattern.matchAll(PLACE)) {
    source += literal(pattern.slice(last, found.index));
    source += PLACES[found[1] ?? ''];
    names.push(found[1] ?? '');
    last = found.index + found[0].length;
  }
  const match = new RegExp(`^${source}${literal(pattern.slice(last))}$`).exec(path);
  if (!match) return null;
  let date: string | null = null;
  let number: number | null = null;
  let year: string | null = null;
  for (const [i, name] of names.entries()) {
    const value = match[i + 1] ?? '';
    if (name === 'number') number = Number(value);
    else if (name === 'year') year = value;
    else {
      // Real repositories hold names such as 2020-11-4: read as the date they mean.
      const [y = '', m = '', d = ''] =
        name === 'date' ? value.split('-') : [value.slice(0, 4), value.slice(4, 6), value.slice(6)];
      const iso = `${y}-${pad(m)}-${pad(d)}`;
      date = isIsoDate(iso) ? iso : null;
    }
  }
  if (year !== null && date !== null && !date.startsWith(year)) return null;
  return { date, number };
}

/** The folder part and the file-name part of a pattern. */
function split(pattern: string): { folder: string; name: string } {
  const at = pattern.lastIndexOf('/');
  return { folder: pattern.slice(0, at + 1), name: pattern.slice(at + 1) };
}

/** An archive folder as a path prefix: `content` and `content/` are the same folder. */
export function archiveFolder(folder: string): string {
  const trimmed = folder.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `${trimmed}/` : '';
}

/**
 * Whether a path is a published issue: in one of the archive folders (or a folder of the
 * year inside it, where the pattern's own folder says `{year}`) and named as the edition
 * is. Returns what its name says, or null.
 */
export function matchArchivePath(
  edition: string,
  folders: readonly string[],
  path: string,
): PathMatch | null {
  const { folder: editionFolder, name } = split(edition);
  const yearly = /\{year\}\/$/.test(editionFolder) ? '{year}/' : '';
  for (const folder of folders.map(archiveFolder)) {
    const found = matchEditionPath(`${folder}${yearly}${name}`, path);
    if (found) return found;
  }
  return null;
}
