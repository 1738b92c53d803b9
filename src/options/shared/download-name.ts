import type { HouseStyle } from '../../core/markdown';
import { fileName, issueFilePath, styleOf } from '../../core/markdown';
import type { IssueDocument } from '../../core/model';

/**
 * The file name a download of the issue gets: the last part of the path its style's site
 * expects (a browser download cannot choose folders; the Team view commits the whole path).
 */
export function downloadName(doc: IssueDocument, custom: readonly HouseStyle[] = []): string {
  return fileName(issueFilePath(styleOf(doc.issue.style, custom), doc.issue));
}
