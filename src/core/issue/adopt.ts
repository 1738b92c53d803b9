import { labelKey } from '../merge/categories';
import type { Category, Issue, IssueDocument } from '../model';
import { nextOrder } from '../model/order';

/**
 * Fits an imported issue into the workspace (its Import Markdown). The importer makes
 * fresh categories; the workspace already has its own, so a section whose label matches a
 * workspace category files its clips there instead of creating a twin `✨ New Features`.
 * Sections the workspace lacks become new categories after the existing ones. Labels match
 * by the one rule team merges use too (core/merge-categories.ts `labelKey`).
 */

export interface AdoptTarget {
  /** The draft the import replaces: its id, creation time and status are kept. */
  issue: Issue;
  /** The workspace's categories. */
  categories: Category[];
}

export function adoptImport(imported: IssueDocument, target: AdoptTarget): IssueDocument {
  const existing = new Map(target.categories.map((c) => [labelKey(c), c]));
  let free = nextOrder(target.categories);
  const idFor = new Map<string, string>();
  const added: Category[] = [];
  // Each workspace category takes one imported section: two sections of one label (a
  // Productivity Weekly `# know-how 🎓` and its read-more `- **know-how 🎓**`) stay two,
  // so the issue is still written back as it was read.
  const taken = new Set<string>();
  for (const category of imported.categories) {
    const key = labelKey(category);
    const match = existing.get(key);
    if (match && !taken.has(match.id)) {
      taken.add(match.id);
      idFor.set(category.id, match.id);
      continue;
    }
    const fresh = { ...category, order: free++ };
    if (!match) existing.set(key, fresh);
    taken.add(fresh.id);
    added.push(fresh);
    idFor.set(category.id, fresh.id);
  }
  const mapId = (id: string) => idFor.get(id) ?? id;

  const sectionText: Record<string, string> = {};
  for (const [id, text] of Object.entries(imported.issue.sectionText)) {
    const key = mapId(id);
    sectionText[key] = sectionText[key] ? `${sectionText[key]}\n\n${text}` : text;
  }
  const { publishedMarkdown: _frozen, ...fields } = imported.issue;
  // The document's layout names its categories; when two of its sections land in one
  // category it no longer describes the issue, which is then written afresh.
  const mapped = imported.issue.categoryOrder.map(mapId);
  const layout =
    fields.layout && new Set(mapped).size === mapped.length
      ? {
          ...fields.layout,
          spans: fields.layout.spans.map((span) =>
            'categoryId' in span ? { ...span, categoryId: mapId(span.categoryId) } : span,
          ),
        }
      : undefined;
  const { layout: _layout, ...plain } = fields;
  const issue: Issue = {
    ...plain,
    ...(layout ? { layout } : {}),
    id: target.issue.id,
    createdAt: target.issue.createdAt,
    status: 'draft',
    sectionText,
    categoryOrder: [...new Set(imported.issue.categoryOrder.map(mapId))],
  };
  // Two sections may land in one category; positions are renumbered in document order.
  const positions = new Map<string, number>();
  const clips = imported.clips.map((clip) => {
    const categoryId = mapId(clip.categoryId);
    const order = positions.get(categoryId) ?? 0;
    positions.set(categoryId, order + 1);
    return { ...clip, issueId: issue.id, categoryId, order };
  });
  return { issue, categories: [...target.categories, ...added], clips };
}
