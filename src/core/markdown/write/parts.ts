import type { Category, Clip, Issue } from '../../model';
import { byOrder } from '../../model/order';
import { singleLine } from '../../text/escape';
import { expandIssueText } from '../document/frame';
import type { CompiledStyle } from '../style/compile';
import { fillTemplate } from '../template/fill';
import type { Template } from '../template/template';
import { clipSum, clipValues, markdownNames } from '../template/values';

/** The pieces both writers share: an item, a section heading, the afterword, spacing. */

export function clipsByCategory(clips: Clip[]): Map<string, Clip[]> {
  const groups = new Map<string, Clip[]>();
  for (const clip of clips) {
    const list = groups.get(clip.categoryId) ?? [];
    list.push(clip);
    groups.set(clip.categoryId, list);
  }
  for (const list of groups.values()) list.sort(byOrder);
  return groups;
}

/**
 * The template an edited or new item is written with. An item read by this style keeps its
 * shape (a featured heading stays a heading, a bullet a bullet), written in the style's own
 * form of that shape: the first template of the same kind (heading level or list item) that
 * has a place for everything the item holds, so a hand-made variant of a card comes out as
 * the style writes cards. A clip with a link never takes a shape without one.
 */
/**
 * What a reader sees of a template's shape: how many lines it has and how it opens. Card
 * variants share it; an event line with its nested link, or a paragraph that opens with
 * its own words, does not share it with a one-line bullet or another paragraph.
 */
const outline = (t: Template) =>
  `${t.blocks.reduce((n, block) => n + block.lines.length, 0)}:${t.source.split('{')[0]}`;

function templateFor(style: CompiledStyle, clip: Clip, shape: number): Template | undefined {
  const own = clip.source?.style === style.style.name ? clip.source.shape : shape;
  const fits = (t: Template | undefined): t is Template =>
    !!t && (!clip.url || t.names.includes('url'));
  const base = [style.items[own], style.items[shape], style.items[0]].find(fits) ?? style.items[0];
  if (!base) return undefined;
  const held = Object.entries(clip.extra ?? {})
    .filter(([, value]) => value !== '')
    .map(([name]) => name);
  return (
    style.items.find(
      (t) =>
        fits(t) &&
        t.headingLevel === base.headingLevel &&
        t.listItem === base.listItem &&
        outline(t) === outline(base) &&
        held.every((name) => t.names.includes(name)),
    ) ?? base
  );
}

/** One item in the style (see templateFor for its shape). */
export function renderItem(style: CompiledStyle, clip: Clip, shape = 0): string {
  const template = templateFor(style, clip, shape);
  if (!template) return '';
  const values: Record<string, string | undefined> = { ...clipValues(clip) };
  // A style with no place for text above the card reads it as the start of the comment.
  if (clip.lead && !template.names.includes('lead')) {
    values.comment = [clip.lead, clip.comment].filter(Boolean).join('\n\n');
  }
  return fillTemplate(template, values, markdownNames(clip));
}

/** An item as written: its own text while it is unchanged, else in the style. */
export function itemOf(style: CompiledStyle, clip: Clip, shape = 0): string {
  const kept = keptSource(style, clip);
  if (kept !== null) return kept.replace(/(?:\r?\n)+$/, '').replace(/\r\n/g, '\n');
  return renderItem(style, clip, shape);
}

/**
 * The item's text as it was imported, while the clip still holds what it was read as in
 * this style; null once it was edited (or is written in another style) and is rendered.
 * The one rule both writers follow: the layout writer keeps the text's own line ends.
 */
export function keptSource(style: CompiledStyle, clip: Clip): string | null {
  const source = clip.source;
  return source?.style === style.style.name && source.sum === clipSum(clip) ? source.text : null;
}

export function sectionHeading(style: CompiledStyle, category: Category): string {
  return fillTemplate(style.section, {
    emoji: singleLine(category.emoji),
    name: singleLine(category.name),
  });
}

export function afterwordText(style: CompiledStyle, issue: Issue): string {
  const values = {
    afterwordHeading: singleLine(expandIssueText(issue.afterwordHeading, issue)),
    afterword: expandIssueText(issue.afterword, issue),
  };
  return style.afterword
    ? fillTemplate(style.afterword, values)
    : `## ${values.afterwordHeading}\n\n${values.afterword}`.trim();
}

/** Between two blocks of the issue: a blank line, or the style's separator line. */
export function blockJoin(style: CompiledStyle): string {
  const { separator } = style.style;
  return separator ? `\n\n${separator}\n\n` : '\n\n';
}

/** Between two items of a section: as between blocks, unless the style's list is tight. */
export function itemJoin(style: CompiledStyle): string {
  return style.style.tight && !style.style.separator ? '\n' : blockJoin(style);
}
