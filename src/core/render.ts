import { styleOf } from './markdown/catalog';
import type { HouseStyle } from './markdown/style';
import { renderIssue as write } from './markdown/write';
import type { IssueDocument } from './model';

export { issueTitle } from './markdown/frame';

/**
 * Renders an issue as Markdown: in the issue's own style by default, or in another one,
 * given by name (built-in or among `custom`) or as a style object.
 */
export function renderIssue(
  doc: IssueDocument,
  style: string | HouseStyle = doc.issue.style,
  custom: readonly HouseStyle[] = [],
): string {
  return write(doc, typeof style === 'string' ? styleOf(style, custom) : style);
}
