import type { Category, Clip, Digest, Issue } from './index';
import type { Span } from './layout';
import {
  MAX_LINE,
  MAX_LONG_TEXT,
  MAX_PUBLISHED_MARKDOWN,
  MAX_SHORT,
  MAX_SPANS,
  MAX_URL_LENGTH,
} from './limits';

/**
 * Whether a record fits the limits (limits.ts) the backup format holds every field to, so
 * that whatever a door of the data lets in (the popup, the worker, the editor, an import,
 * a merge) a backup carries and a restore accepts again. Each answer names the first field
 * over its limit; storage refuses the write with it, and a page says it where it was typed.
 */

/** A field over its limit: which, how long, the limit, and the item it belongs to. */
export interface TooLong {
  field: string;
  length: number;
  max: number;
  /** The heading of the clip the field belongs to, when it is a clip's. */
  item?: string;
}

/** The limit of each clip field the editor types in. */
export const CLIP_LIMITS = {
  heading: MAX_LINE,
  url: MAX_URL_LENGTH,
  pageTitle: MAX_LINE,
  description: MAX_LONG_TEXT,
  comment: MAX_LONG_TEXT,
} as const;

/** The limit of each issue field the editor types in. */
export const ISSUE_LIMITS = {
  title: MAX_LINE,
  header: MAX_LONG_TEXT,
  intro: MAX_LONG_TEXT,
  afterwordHeading: MAX_LINE,
  afterword: MAX_LONG_TEXT,
} as const;

/** The first of `fields` whose text is over its limit, or null. */
export function firstTooLong(fields: [string, string | undefined, number][]): TooLong | null {
  for (const [field, value, max] of fields) {
    if (value !== undefined && value.length > max) return { field, length: value.length, max };
  }
  return null;
}

/** Each field of `limits` with its value in `record`. */
function entries(limits: Record<string, number>, record: object): [string, string, number][] {
  const values = record as Record<string, unknown>;
  return Object.entries(limits).map(([key, max]) => [key, values[key] as string, max]);
}

/**
 * The first of the fields an edit changes that is over its limit. An edit is held to what
 * it writes only: a record stored before these limits held (an old import's layout, say)
 * would otherwise refuse every later edit, the one that shortens it too.
 */
export function editTooLong(
  limits: Record<string, number>,
  changed: object,
  item?: string,
): TooLong | null {
  const found = firstTooLong(entries(limits, changed));
  return found && item !== undefined ? { ...found, item } : found;
}

export function clipTooLong(clip: Clip): TooLong | null {
  const found = firstTooLong([
    ...entries(CLIP_LIMITS, clip),
    ['lead', clip.lead, MAX_LONG_TEXT],
    ['clippedBy', clip.clippedBy, 200],
    ['source', clip.source?.text, MAX_LONG_TEXT],
    ...Object.entries(clip.extra ?? {}).map(
      ([key, value]) => [key, value, MAX_LONG_TEXT] as [string, string, number],
    ),
  ]);
  return found && { ...found, item: clip.heading || clip.pageTitle || clip.url };
}

function spanFields(span: Span): [string, string, number][] {
  switch (span.kind) {
    case 'frame':
      return [
        ['layout', span.text, MAX_LONG_TEXT],
        ['title', span.values.title, MAX_LINE],
        ['date', span.values.date, MAX_SHORT],
        ['header', span.values.header, MAX_LONG_TEXT],
        ['intro', span.values.intro, MAX_LONG_TEXT],
      ];
    case 'section':
      return [
        ['sectionHeading', span.line, MAX_LINE],
        ['layout', span.gap, MAX_LINE],
        ['sectionHeading', span.label, MAX_LINE],
        ['sectionText', span.body, MAX_LONG_TEXT],
        ['sectionText', span.sectionText, MAX_LONG_TEXT],
      ];
    case 'item':
      return [['layout', span.gap, MAX_LINE]];
    case 'text':
      return [['layout', span.text, MAX_LONG_TEXT]];
    case 'afterword':
      return [
        ['afterword', span.text, MAX_LONG_TEXT],
        ['afterwordHeading', span.heading, MAX_LINE],
        ['afterword', span.afterword, MAX_LONG_TEXT],
      ];
  }
}

export function issueTooLong(issue: Issue): TooLong | null {
  const spans = issue.layout?.spans ?? [];
  if (spans.length > MAX_SPANS) return { field: 'spans', length: spans.length, max: MAX_SPANS };
  return firstTooLong([
    ...entries(ISSUE_LIMITS, issue),
    ...Object.values(issue.sectionText).map(
      (text) => ['sectionText', text, MAX_LONG_TEXT] as [string, string, number],
    ),
    ['publishedMarkdown', issue.publishedMarkdown, MAX_PUBLISHED_MARKDOWN],
    ...spans.flatMap(spanFields),
    ...Object.values(issue.frontMatter ?? {}).map(
      (text) => ['frontMatter', text, MAX_LINE] as [string, string, number],
    ),
  ]);
}

export function categoryTooLong(category: Pick<Category, 'emoji' | 'name'>): TooLong | null {
  return firstTooLong([
    ['emoji', category.emoji, MAX_SHORT],
    ['name', category.name, MAX_LINE],
  ]);
}

export function digestTooLong(digest: Digest): TooLong | null {
  return firstTooLong([
    ['name', digest.name, 200],
    ['titleTemplate', digest.titleTemplate, MAX_LINE],
    ['header', digest.header, MAX_LONG_TEXT],
    ['intro', digest.intro, MAX_LONG_TEXT],
    ['afterwordHeading', digest.afterwordHeading, MAX_LINE],
  ]);
}

/** The first field over its limit in an issue with its sections and clips, or null. */
export function documentTooLong(doc: {
  issue: Issue;
  categories: Category[];
  clips: Clip[];
}): TooLong | null {
  const issue = issueTooLong(doc.issue);
  if (issue) return issue;
  for (const category of doc.categories) {
    const found = categoryTooLong(category);
    if (found) return { ...found, field: `section${found.field === 'name' ? 'Heading' : 'Emoji'}` };
  }
  for (const clip of doc.clips) {
    const found = clipTooLong(clip);
    if (found) return found;
  }
  return null;
}
