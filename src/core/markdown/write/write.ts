import { categoryLabel, type IssueDocument } from '../../model';
import { orderedCategories } from '../../model/order';
import { renderFrame } from '../document/frame';
import { withFrontMatter } from '../document/front-matter-fields';
import { trimBlankEdges } from '../document/text';
import { type CompiledStyle, compileStyle } from '../style/compile';
import type { HouseStyle } from '../style/schema';
import { LayoutWriter } from './layout-writer';
import {
  afterwordText,
  blockJoin,
  clipsByCategory,
  itemJoin,
  itemOf,
  sectionHeading,
} from './parts';

export { renderItem } from './parts';

/**
 * Writes an issue in a house style. An issue read from a document in this same style is
 * written span by span: whatever the editor did not change comes out byte for byte, an
 * edited item or heading is rewritten in the style at its place, and a new clip is added
 * after the last item of its section, spaced the way that section's items are.
 */
export function writeIssue(doc: IssueDocument, houseStyle: HouseStyle): string {
  const style = compileStyle(houseStyle);
  const layout = doc.issue.layout;
  const text =
    layout && layout.style === houseStyle.name
      ? new LayoutWriter(doc, style, layout).write()
      : renderFresh(doc, style);
  return withFrontMatter(text, doc.issue.frontMatter);
}

/** The issue written from its fields alone, in the style's own shapes. */
function renderFresh(doc: IssueDocument, style: CompiledStyle): string {
  const { issue } = doc;
  const blocks: string[] = [];
  const frame = renderFrame(style, issue);
  if (frame) blocks.push(frame);
  const groups = clipsByCategory(doc.clips);
  const sections = orderedCategories(issue, doc.categories).filter(
    (c) => (groups.get(c.id)?.length ?? 0) > 0 || (issue.sectionText[c.id] ?? '') !== '',
  );
  if (style.style.parent && sections.length) blocks.push(style.style.parent);
  for (const category of sections) {
    if (categoryLabel(category, 'markdown').trim()) blocks.push(sectionHeading(style, category));
    const text = trimBlankEdges(issue.sectionText[category.id] ?? '');
    if (text) blocks.push(text);
    const items = (groups.get(category.id) ?? [])
      .map((clip) => itemOf(style, clip))
      .filter(Boolean);
    if (items.length) blocks.push(items.join(itemJoin(style)));
  }
  if (issue.afterword || (issue.afterwordHeading && style.afterword))
    blocks.push(afterwordText(style, issue));
  return `${blocks.filter(Boolean).join(blockJoin(style)).replace(/\n+$/, '')}\n`;
}
