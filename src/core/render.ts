import { singleLine } from './escape';
import {
  type Category,
  type Clip,
  categoryLabel,
  type Issue,
  type IssueDocument,
  type PresetName,
} from './model';
import { PRESETS } from './presets';
import { renderItemTemplate } from './template';

/** Expands `{date}` and `{number}` in the issue's title template. */
export function issueTitle(issue: Pick<Issue, 'title' | 'date' | 'number'>): string {
  return singleLine(
    issue.title
      .replaceAll('{date}', issue.date)
      .replaceAll('{number}', issue.number === null ? '' : String(issue.number)),
  );
}

export function byOrder<T extends { order: number }>(a: T, b: T): number {
  return a.order - b.order;
}

/** Categories in the issue's order; categories the issue does not list follow by their own order. */
export function orderedCategories(issue: Issue, categories: Category[]): Category[] {
  const rank = new Map(issue.categoryOrder.map((id, index) => [id, index]));
  const position = (c: Category) => rank.get(c.id) ?? issue.categoryOrder.length + c.order;
  return [...categories].sort((a, b) => position(a) - position(b));
}

/** Free text keeps its bytes; only blank lines at its edges go, since blocks are joined by one. */
function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').replace(/\n+$/, '');
}

function renderClip(clip: Clip, preset: PresetName, template?: string): string[] {
  if (template) return [renderItemTemplate(template, clip)];
  const style = PRESETS[preset];
  const verbatim = clip.source?.preset === preset ? clip.source : undefined;
  const blocks = [verbatim?.headingLine ?? style.headingLine(clip)];
  if (clip.lead) blocks.push(trimBlankLines(clip.lead));
  const card = verbatim?.card ?? style.card(clip);
  if (card) blocks.push(card);
  if (clip.comment) blocks.push(trimBlankLines(clip.comment));
  return blocks;
}

/**
 * Renders an issue as Markdown in the given preset, or by default in the issue's own
 * style: its custom item template when it has one, else its preset.
 * Blocks are separated by one blank line; sections with neither text nor clips are left
 * out; the result ends with exactly one newline.
 */
export function renderIssue(doc: IssueDocument, preset?: PresetName): string {
  const { issue } = doc;
  const template = preset === undefined ? issue.itemTemplate : undefined;
  const style = preset ?? issue.preset;
  const blocks: string[] = [];
  const title = issueTitle(issue);
  if (title) blocks.push(`# ${title}`);
  for (const text of [issue.header, issue.intro]) if (text) blocks.push(trimBlankLines(text));

  const clipsByCategory = new Map<string, Clip[]>();
  for (const clip of doc.clips) {
    const list = clipsByCategory.get(clip.categoryId) ?? [];
    list.push(clip);
    clipsByCategory.set(clip.categoryId, list);
  }
  for (const category of orderedCategories(issue, doc.categories)) {
    const text = issue.sectionText[category.id] ?? '';
    const clips = (clipsByCategory.get(category.id) ?? []).sort(byOrder);
    if (!text && clips.length === 0) continue;
    const label = singleLine(categoryLabel(category));
    // The unnamed category holds items an imported issue had before its first section.
    if (label) blocks.push(`## ${label}`);
    if (text) blocks.push(trimBlankLines(text));
    for (const clip of clips) blocks.push(...renderClip(clip, style, template));
  }

  if (issue.afterword) {
    blocks.push(`## ${singleLine(issue.afterwordHeading)}`, trimBlankLines(issue.afterword));
  }
  return `${blocks.filter(Boolean).join('\n\n').replace(/\n+$/, '')}\n`;
}
