import { type HouseStyle, readIssue } from '../markdown';
import { type IssueDocument, systemClock } from '../model';
import { isIsoDate } from '../model/dates';
import { documentTooLong } from '../model/fits';
import { fnv1a } from '../model/hash';
import { MAX_PUBLISHED_MARKDOWN } from '../model/limits';
import type { Result } from '../model/result';

/**
 * A published issue read from the digest's repository, as the archive keeps it: the file's
 * bytes frozen as the issue's Markdown, its items as clips. Its ids come from the digest
 * and the path, not from chance, so reading the same file again (a sync stopped before it
 * recorded what it read, or a file fixed upstream) replaces that issue instead of adding a
 * second copy of it.
 */

export interface RepositoryFile {
  path: string;
  /** What the file's name says, where it says it. */
  date: string | null;
  number: number | null;
  text: string;
}

/** The id of the issue a repository file becomes: the same digest and path, the same id. */
export function repositoryIssueId(digestId: string, path: string): string {
  const key = `${digestId}\n${path}`;
  return `repo-${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x01000193)}`;
}

export interface ArchivedIssueOptions {
  digestId: string;
  style: HouseStyle;
  /** When the read happened: the records' times where the file names no date. */
  now?: () => Date;
}

/**
 * The file as a published issue of the digest, read by the digest's own style, or why it
 * cannot be one (a field beyond the limits every door shares).
 */
export function archivedIssueFrom(
  file: RepositoryFile,
  options: ArchivedIssueOptions,
): Result<IssueDocument> {
  if (file.text.length > MAX_PUBLISHED_MARKDOWN) {
    return { ok: false, error: `longer than ${MAX_PUBLISHED_MARKDOWN} characters` };
  }
  const issueId = repositoryIssueId(options.digestId, file.path);
  let count = 0;
  const read = readIssue(file.text, options.style, {
    now: options.now ?? systemClock,
    id: () => `${issueId}-${++count}`,
  });
  const date = isIsoDate(read.issue.date) ? read.issue.date : (file.date ?? read.issue.date);
  // Clips of an old issue are as old as it is: search and the newest-first lists place
  // them by that time, not by the day the archive was read.
  const stamp = isIsoDate(date) ? `${date}T00:00:00.000Z` : read.issue.createdAt;
  const doc: IssueDocument = {
    issue: {
      ...read.issue,
      id: issueId,
      date,
      number: read.issue.number ?? file.number,
      digestId: options.digestId,
      status: 'published',
      publishedMarkdown: file.text,
      createdAt: stamp,
      updatedAt: stamp,
    },
    categories: read.categories,
    clips: read.clips.map((clip) => ({
      ...clip,
      issueId,
      createdAt: stamp,
      updatedAt: stamp,
    })),
  };
  const tooLong = documentTooLong(doc);
  if (tooLong) {
    const where = tooLong.item ? ` (${tooLong.item})` : '';
    return { ok: false, error: `${tooLong.field}${where} longer than ${tooLong.max} characters` };
  }
  return { ok: true, value: doc };
}
