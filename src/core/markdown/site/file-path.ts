import type { Issue } from '../../model';
import type { HouseStyle } from '../style/schema';

/** Where an issue file goes when the style says nothing. */
export const DEFAULT_FILE = '{date}.md';

/**
 * The path the style's site expects for an issue (Zenn `articles/<slug>.md`, a Jekyll
 * `_posts/…`): `{date}`, `{year}`, `{month}`, `{day}`, `{compactDate}`, `{number}` and
 * `{slug}` filled in, each path segment kept to characters every file system takes.
 */
export function issueFilePath(
  style: Pick<HouseStyle, 'file'>,
  issue: Pick<Issue, 'date' | 'number'>,
): string {
  // An issue without a date still gets a stable, valid name.
  const dated = /^\d{4}-\d{2}-\d{2}$/.test(issue.date);
  const [year = '', month = '', day = ''] = dated
    ? issue.date.split('-')
    : ['undated', 'undated', 'undated'];
  const values: Record<string, string> = {
    date: dated ? issue.date : 'undated',
    year,
    month,
    day,
    compactDate: dated ? `${year}${month}${day}` : 'undated',
    number: issue.number === null ? '' : String(issue.number),
    slug: issue.date,
  };
  const path = (style.file ?? DEFAULT_FILE).replace(
    /\{(\w+)\}/g,
    (match, name: string) => values[name] ?? match,
  );
  return path
    .split('/')
    .map((segment) => segment.replace(/[^\w.-]+/g, '-').replace(/^\.+/, '') || 'issue')
    .join('/');
}

/** The last segment of a path: what a browser download can name. */
export function fileName(path: string): string {
  return path.split('/').at(-1) ?? path;
}
