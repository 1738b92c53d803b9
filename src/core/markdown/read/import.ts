import type { IssueDocument } from '../../model';
import { allStyles } from '../style/catalog';
import type { HouseStyle } from '../style/schema';
import { type Detected, detectStyle } from './detect';
import { explain, parseDocument, type ReadOptions, readWithFindings } from './read';

export interface ImportOptions extends ReadOptions {
  /** Read by this style instead of the one that explains the document best. */
  style?: HouseStyle;
  /** The editor's own styles, tried after the built-in ones. */
  custom?: readonly HouseStyle[];
}

/** Reads a digest issue, detecting its house style unless one is given. */
export function importDocument(markdown: string, options: ImportOptions = {}): Detected {
  if (options.style) {
    const parsed = parseDocument(markdown);
    const read = readWithFindings(parsed, explain(parsed, options.style), options);
    const items = read.doc.clips.filter((c) => c.url).length;
    return { style: options.style, ...read, items };
  }
  return detectStyle(markdown, allStyles(options.custom), options);
}

export function importIssue(markdown: string, options: ImportOptions = {}): IssueDocument {
  return importDocument(markdown, options).doc;
}
