import type { IssueDocument } from '../../model';
import { styleOf } from '../style/catalog';
import type { HouseStyle } from '../style/schema';
import { writeIssue } from './write';

/**
 * Renders an issue as Markdown: in the issue's own style by default, or in another one,
 * given by name (built-in or among `custom`) or as a style object.
 */
export function renderIssue(
  doc: IssueDocument,
  style: string | HouseStyle = doc.issue.style,
  custom: readonly HouseStyle[] = [],
): string {
  return writeIssue(doc, typeof style === 'string' ? styleOf(style, custom) : style);
}
