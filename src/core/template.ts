import { escapeText, safeHref } from './escape';
import type { Clip } from './model';
import { itemHeading } from './presets';

/**
 * The custom item template: house styles that no preset covers (issue 4). The editor
 * writes one item in Markdown with `{variable}` placeholders; page text goes through the
 * same minimal escaping as the presets (core/escape.ts), so a hostile title cannot inject
 * markup here either, while the editor's own comment is kept byte for byte.
 */

/** The variables, in the order the workspace documents them. */
export const TEMPLATE_VARIABLES = [
  'heading',
  'url',
  'pageTitle',
  'description',
  'comment',
  'site',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** What a new custom template starts from: the markdown-link style, with the description. */
export const DEFAULT_ITEM_TEMPLATE = '### [{heading}]({url})\n\n> {description}\n\n{comment}';

/** The host name without `www.`, as readers name a site; empty for an unusable URL. */
export function siteOf(url: string): string {
  const href = safeHref(url);
  if (href === null) return '';
  return new URL(href).hostname.replace(/^www\./, '');
}

const trimBlankLines = (text: string) => text.replace(/^(?:[ \t]*\n)+/, '').replace(/\n+$/, '');

/** Each variable's text for one clip, already escaped for where it lands. */
export function templateValues(clip: Clip): Record<TemplateVariable, string> {
  // An imported item's lead (text between its heading and card) has no variable of its
  // own; it leads the comment so that no text of the issue is lost.
  const comment = [clip.lead, clip.comment]
    .filter((part): part is string => !!part)
    .map(trimBlankLines)
    .join('\n\n');
  return {
    heading: escapeText(itemHeading(clip)),
    // An unsafe link (javascript:, relative) gives an empty destination, never the text.
    url: safeHref(clip.url) ?? '',
    pageTitle: escapeText(clip.pageTitle || clip.heading || clip.url),
    description: escapeText(clip.description),
    comment,
    site: escapeText(siteOf(clip.url)),
  };
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Writes one item. The template is split into blank-line separated paragraphs, and a
 * paragraph whose placeholders all came out empty (with nothing else but punctuation and
 * spaces) is dropped, so a clip without a description leaves no stray `>` or blank lines.
 * Unknown `{names}` stay as written. Blank lines inside values (a comment's) are kept.
 */
export function renderItemTemplate(template: string, clip: Clip): string {
  const values = templateValues(clip);
  const known = (name: string): name is TemplateVariable =>
    (TEMPLATE_VARIABLES as readonly string[]).includes(name);
  const paragraphs = template.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    let used = 0;
    let filled = 0;
    const text = paragraph.replace(PLACEHOLDER, (match, name: string) => {
      if (!known(name)) return match;
      used++;
      if (values[name]) filled++;
      return values[name];
    });
    if (used > 0 && filled === 0 && !/[\p{L}\p{N}]/u.test(paragraph.replace(PLACEHOLDER, ''))) {
      continue;
    }
    if (text.trim() !== '') out.push(trimBlankLines(text));
  }
  return out.join('\n\n');
}
