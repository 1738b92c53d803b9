import { decodeHTML } from 'entities';
import { type ParsedCard, parseCard, parseLinkHeading } from './cards';
import {
  type Category,
  type Clip,
  type Clock,
  type IdGenerator,
  type Issue,
  type IssueDocument,
  type PresetName,
  randomId,
  systemClock,
} from './model';
import { joinTrimmed, type OutlineNode, outline, paragraphs } from './outline';
import { PRESETS } from './presets';
import { splitTop } from './top';

export interface ImportOptions {
  now?: Clock;
  id?: IdGenerator;
}

interface DraftItem {
  node: OutlineNode;
  categoryId: string;
  lead: string;
  card: ParsedCard | null;
  cardLine: string;
  comment: string;
  link: { heading: string; url: string } | null;
}

const EMOJI_LABEL =
  /^(\p{Extended_Pictographic}(?:\uFE0F|\u20E3|[\u{1F3FB}-\u{1F3FF}]|\u200D\p{Extended_Pictographic}\uFE0F?)*) (\S.*)$/u;

function splitLabel(label: string): { emoji: string; name: string } {
  const match = EMOJI_LABEL.exec(label);
  return match?.[1] && match[2] ? { emoji: match[1], name: match[2] } : { emoji: '', name: label };
}

/** Finds the item's first card: a paragraph that is exactly one card line. */
function splitItem(body: string[]): Pick<DraftItem, 'lead' | 'card' | 'cardLine' | 'comment'> {
  for (let i = 0; i < body.length; i++) {
    const line = body[i] ?? '';
    const alone = (body[i - 1] ?? '') === '' && (body[i + 1] ?? '') === '';
    const card = alone ? parseCard(line) : null;
    if (card) {
      return {
        lead: joinTrimmed(body.slice(0, i)),
        card,
        cardLine: line,
        comment: joinTrimmed(body.slice(i + 1)),
      };
    }
  }
  return { lead: '', card: null, cardLine: '', comment: joinTrimmed(body) };
}

/** A `##` heading whose first paragraph is a card is an item written a level too high. */
function isMisleveledItem(node: OutlineNode): boolean {
  const first = paragraphs(node.body)[0];
  return node.level === 2 && first?.length === 1 && parseCard(first[0] ?? '') !== null;
}

function majorityPreset(items: DraftItem[]): PresetName {
  const counts = new Map<PresetName, number>();
  for (const item of items) {
    const preset = item.card?.preset ?? (item.link ? 'markdown-link' : null);
    if (preset) counts.set(preset, (counts.get(preset) ?? 0) + 1);
  }
  let best: PresetName = 'markdown-link';
  let bestCount = 0;
  for (const [preset, count] of counts) {
    if (count > bestCount) [best, bestCount] = [preset, count];
  }
  return best;
}

/**
 * Parses a digest issue into an issue, its categories and its clips. Items whose card
 * matches a known form become clips with URL, page title and description; everything
 * else (section text, extra cards, items without a card) is kept verbatim in place, and
 * where a hand-written line differs from what the preset writes the original is kept in
 * `clip.source`, so rendering with the detected preset gives the input back.
 */
export function importIssue(markdown: string, options: ImportOptions = {}): IssueDocument {
  const now = (options.now ?? systemClock)().toISOString();
  const id = options.id ?? randomId;
  const { top, nodes } = outline(markdown);
  const head = splitTop(top);

  const categories: Category[] = [];
  const sectionText: Record<string, string> = {};
  const items: DraftItem[] = [];
  let afterword: { heading: string; text: string } | null = null;

  nodes.forEach((node, index) => {
    const current = categories.at(-1);
    if (node.level === 2 && !(current && isMisleveledItem(node))) {
      const isLast = index === nodes.length - 1;
      const text = joinTrimmed(node.body);
      if (isLast && current) {
        afterword = { heading: node.text, text };
        return;
      }
      const category: Category = { id: id(), ...splitLabel(node.text), order: categories.length };
      categories.push(category);
      if (text) sectionText[category.id] = text;
      return;
    }
    const categoryId = current?.id ?? ensureUntitled(categories, id);
    const parts = splitItem(node.body);
    const link = parts.card ? null : parseLinkHeading(node.text);
    items.push({ node, categoryId, link, ...parts });
  });

  const issueId = id();
  const preset = majorityPreset(items);
  const orderInCategory = new Map<string, number>();
  const clips = items.map((item): Clip => {
    const order = orderInCategory.get(item.categoryId) ?? 0;
    orderInCategory.set(item.categoryId, order + 1);
    const clip: Clip = {
      id: id(),
      url: item.card?.url ?? item.link?.url ?? '',
      pageTitle: item.card?.pageTitle ?? '',
      description: item.card?.description ?? '',
      heading: item.link?.heading ?? decodeHTML(item.node.text),
      comment: item.comment,
      categoryId: item.categoryId,
      issueId,
      order,
      createdAt: now,
      updatedAt: now,
    };
    if (item.lead) clip.lead = item.lead;
    const style = PRESETS[preset];
    const headingLine = style.headingLine(clip) === item.node.line ? undefined : item.node.line;
    const card = item.card && style.card(clip) !== item.cardLine ? item.cardLine : undefined;
    if (headingLine !== undefined || card !== undefined) {
      clip.source = {
        preset,
        ...(headingLine === undefined ? {} : { headingLine }),
        ...(card === undefined ? {} : { card }),
      };
    }
    return clip;
  });

  const closing = afterword as { heading: string; text: string } | null;
  const issue: Issue = {
    id: issueId,
    title: head.title,
    number: head.number,
    date: head.date,
    header: head.header,
    intro: head.intro,
    afterwordHeading: closing?.heading ?? '',
    afterword: closing?.text ?? '',
    preset,
    status: 'draft',
    sectionText,
    categoryOrder: categories.map((c) => c.id),
    createdAt: now,
    updatedAt: now,
  };
  return { issue, categories, clips };
}

/** Items before any `##` need a home; an unnamed category keeps them in place. */
function ensureUntitled(categories: Category[], id: IdGenerator): string {
  const category: Category = { id: id(), emoji: '', name: '', order: categories.length };
  categories.push(category);
  return category.id;
}
