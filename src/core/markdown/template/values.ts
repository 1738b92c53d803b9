import type { Clip } from '../../model';
import { fnv1a } from '../../model/hash';
import { safeHref, singleLine } from '../../text/escape';
import { isPageHeading } from '../../text/page-title';
import type { MarkdownNames, Values } from './fill';
import { LINK_TAIL, LINK_TEXT, sentenceValues } from './sentence';

/** Template names the clip model has a field for; any other name is kept in `clip.extra`. */
export const TEMPLATE_FIELDS = [
  'url',
  'pageTitle',
  'description',
  'heading',
  'comment',
  'lead',
  'clippedBy',
] as const;
/** Worked out from the URL, so reading them back stores nothing. */
export const DERIVED = new Set(['site', 'urlText']);

/** The first text with something visible once folded to one line. */
function firstGiven(...texts: string[]): string {
  return texts.find((text) => singleLine(text).trim() !== '') ?? texts.at(-1) ?? '';
}

/** The heading shown for an item: the editor's, else the page title, else the URL. */
export function itemHeading(clip: Pick<Clip, 'heading' | 'pageTitle' | 'url'>): string {
  return firstGiven(clip.heading, clip.pageTitle, clip.url);
}

// A sentence's linked words and a heading's words after its link are the heading's (./sentence.ts).
const EDITOR_HEADING: MarkdownNames = new Set(['heading', LINK_TEXT, LINK_TAIL]);
const NO_MARKDOWN: MarkdownNames = new Set();

/**
 * Which values are the editor's own Markdown: the heading, unless it is empty (the page
 * title stands in) or the page's own words (text/page-title.ts isPageHeading: a piece of
 * the title, or the heading suggested from it). A heading the editor typed keeps its code
 * spans, emphasis and links; page text is neutralised wherever it stands.
 */
export function markdownNames(clip: Pick<Clip, 'heading' | 'pageTitle' | 'url'>): MarkdownNames {
  const typed = singleLine(clip.heading).trim() !== '';
  return typed && !isPageHeading(clip.heading, clip.pageTitle, clip.url)
    ? EDITOR_HEADING
    : NO_MARKDOWN;
}

/** The host name without `www.`, as readers name a site; empty for an unusable URL. */
export function siteOf(url: string): string {
  const href = safeHref(url);
  if (href === null) return '';
  return new URL(href).hostname.replace(/^www\./, '');
}

/** Every template variable's value for one clip, unescaped (filling escapes by context). */
export function clipValues(clip: Clip): Values {
  const heading = itemHeading(clip);
  return {
    ...clip.extra,
    ...sentenceValues(heading, clip.extra),
    heading,
    url: clip.url,
    pageTitle: firstGiven(clip.pageTitle, clip.heading, clip.url),
    description: clip.description,
    comment: clip.comment,
    lead: clip.lead ?? '',
    clippedBy: clip.clippedBy ?? '',
    site: siteOf(clip.url),
    urlText: safeHref(clip.url) === null ? '' : clip.url.trim().replace(/^https?:\/\//i, ''),
  };
}

/** A checksum of everything about a clip that its rendered text shows. */
export function clipSum(clip: Clip): string {
  const extra = Object.entries(clip.extra ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const text = JSON.stringify([...TEMPLATE_FIELDS.map((field) => clip[field] ?? ''), extra]);
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x050c5d1f);
}
