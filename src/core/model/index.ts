/**
 * The digest model. Plain data only, so the same objects live in IndexedDB, in backup
 * files and in the command line's JSON without conversion.
 */

import type { ClipSource, Layout } from './layout';

export type { ClipSource, Layout } from './layout';

/** A category of the workspace; in an issue it becomes a `## {emoji} {name}` section. */
export interface Category {
  id: string;
  /** Leading emoji of the section heading, such as `✨` or `🛠️`; empty for none. */
  emoji: string;
  name: string;
  /** Position among the workspace's categories. */
  order: number;
  /** The digest the category belongs to; none means the first digest (`DEFAULT_DIGEST_ID`). */
  digestId?: string;
}

/** The digest an install starts with; records from before digests existed belong to it. */
export const DEFAULT_DIGEST_ID = 'default';

/**
 * A publication: its house style, its issue sequence and the templates a new issue starts
 * from. `{number}` and `{date}` (and the style's other issue variables) expand in every
 * template when the issue is rendered, so a new draft numbers itself.
 */
export interface Digest {
  id: string;
  name: string;
  style: string;
  titleTemplate: string;
  header: string;
  intro: string;
  afterwordHeading: string;
  /** How far the next issue's number and date move on from the published one. */
  numberStep: number;
  dateStep: number;
  /** Checks of the issue that this digest turns off (its items have no comments by design). */
  checksOff: string[];
}

/** Which digest a record belongs to. */
export function digestOf(record: { digestId?: string }): string {
  return record.digestId ?? DEFAULT_DIGEST_ID;
}

export interface Clip {
  id: string;
  url: string;
  /** The page's own title, shown in the card. */
  pageTitle: string;
  /** The page's meta/og description, shown by the blockquote card. */
  description: string;
  /** The editor's short heading for the item (`### heading`). */
  heading: string;
  /** The editor's comment in Markdown; kept byte for byte. */
  comment: string;
  /** Markdown written between the heading and the card (seen in imported issues). */
  lead?: string;
  categoryId: string;
  issueId: string;
  /** Position within its category in its issue. */
  order: number;
  createdAt: string;
  updatedAt: string;
  /** Who clipped it (the name set in the settings), for team merges. */
  clippedBy?: string;
  /**
   * Values of a house style's own template variables (This Week in Rust's `[video]` prefix,
   * JSer's tags), read from an imported item and written back with it.
   */
  extra?: Record<string, string>;
  /** The item's exact text when it was imported, written back while the clip is unchanged. */
  source?: ClipSource;
}

export type IssueStatus = 'draft' | 'published';

export interface Issue {
  id: string;
  /** Title template; `{date}` and `{number}` are replaced when rendering. */
  title: string;
  number: number | null;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** Lines between the title and the intro, such as the embedly `<script>` tag. */
  header: string;
  intro: string;
  afterwordHeading: string;
  afterword: string;
  /** The name of the house style the issue is written in (built-in or the user's own). */
  style: string;
  /** The digest the issue belongs to; none means the first digest. */
  digestId?: string;
  status: IssueStatus;
  /** Markdown written directly under a section heading, before its items, by category id. */
  sectionText: Record<string, string>;
  /** Categories in the order the issue shows them; ids of `Category`. */
  categoryOrder: string[];
  createdAt: string;
  updatedAt: string;
  /** The exact Markdown, frozen when the issue is published. */
  publishedMarkdown?: string;
  /** The document an imported issue was read from, span by span (core/markdown/layout.ts). */
  layout?: Layout;
  /**
   * This issue's own front-matter values by field, as YAML text (Zenn's `topics`, a post's
   * `date`), set on their lines when the issue is written.
   */
  frontMatter?: Record<string, string>;
}

/** Everything needed to render one issue: the unit of import, render and export. */
export interface IssueDocument {
  issue: Issue;
  categories: Category[];
  clips: Clip[];
}

export type Clock = () => Date;
export type IdGenerator = () => string;

export const systemClock: Clock = () => new Date();

/** Random ids by default; tests pass a counter for stable output. */
export const randomId: IdGenerator = () => globalThis.crypto.randomUUID();

export function counterIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export { categoryLabel, shownName } from './label';
