import type { Category, Clip, IssueDocument } from '../../core/model';
import { byOrder, orderedCategories } from '../../core/model/order';

/** A section of the outline: a category of the issue and its clips in order. */
export interface OutlineSection {
  category: Category;
  clips: Clip[];
}

/** The issue as the outline shows it: its categories in the issue's order, each with its clips. */
export function outlineSections(doc: IssueDocument): OutlineSection[] {
  const byCategory = new Map<string, Clip[]>();
  for (const clip of [...doc.clips].sort(byOrder)) {
    byCategory.set(clip.categoryId, [...(byCategory.get(clip.categoryId) ?? []), clip]);
  }
  return orderedCategories(doc.issue, doc.categories).map((category) => ({
    category,
    clips: byCategory.get(category.id) ?? [],
  }));
}

/** Every clip id, top to bottom, across sections. */
export function flatIds(sections: OutlineSection[]): string[] {
  return sections.flatMap((s) => s.clips.map((c) => c.id));
}

/** Where a clip is: its section's index and its index in that section. */
export function locate(sections: OutlineSection[], clipId: string) {
  for (const [sectionIndex, section] of sections.entries()) {
    const index = section.clips.findIndex((c) => c.id === clipId);
    if (index !== -1) return { sectionIndex, index };
  }
  return null;
}

export interface Place {
  categoryId: string;
  index: number;
}

/**
 * One step up or down for a clip. Inside its section it swaps with its neighbour; at the
 * section's edge it crosses into the next section (its top) or the previous one (its
 * bottom), empty sections included, so Alt+Down walks a clip through the whole issue.
 * Null at the very top or bottom.
 */
export function stepPlace(sections: OutlineSection[], clipId: string, delta: 1 | -1): Place | null {
  const at = locate(sections, clipId);
  if (!at) return null;
  const section = sections[at.sectionIndex] as OutlineSection;
  const target = at.index + delta;
  if (target >= 0 && target < section.clips.length) {
    return { categoryId: section.category.id, index: target };
  }
  const next = sections[at.sectionIndex + delta];
  if (!next) return null;
  return { categoryId: next.category.id, index: delta === 1 ? 0 : next.clips.length };
}

/** The neighbour that takes focus once `gone` leave the outline: the next, else the previous. */
export function focusAfterRemoving(ids: string[], gone: ReadonlySet<string>, from: string) {
  const start = ids.indexOf(from);
  for (let i = start + 1; i < ids.length; i++) if (!gone.has(ids[i] as string)) return ids[i];
  for (let i = start - 1; i >= 0; i--) if (!gone.has(ids[i] as string)) return ids[i];
  return null;
}

/**
 * The moves that put `ids` together, in that order, at `index` of `categoryId`, counted
 * among the section's other clips (the group's final position). Each step is a one-clip
 * move at the position it takes once the steps before it are done, so storage's one-clip
 * move (which renumbers the section in its transaction) does the work.
 */
export function bulkMoves(
  sections: OutlineSection[],
  ids: string[],
  categoryId: string,
  index: number,
): { clipId: string; categoryId: string; index: number }[] {
  const moving = new Set(ids);
  const shown = sections.find((s) => s.category.id === categoryId)?.clips.map((c) => c.id) ?? [];
  // The clip the group lands before, if any.
  const anchor = shown.filter((id) => !moving.has(id))[Math.max(0, index)] ?? null;
  const list = [...shown];
  const steps: { clipId: string; categoryId: string; index: number }[] = [];
  for (const id of ids) {
    const from = list.indexOf(id);
    if (from !== -1) list.splice(from, 1);
    const at = anchor === null ? list.length : list.indexOf(anchor);
    list.splice(at, 0, id);
    steps.push({ clipId: id, categoryId, index: at });
  }
  return steps;
}

/** The first line of a comment with text, for the outline's one-line summary. */
export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find(Boolean) ?? ''
  );
}

/** Each section's clips, in order, until `limit` rows in all. */
export function firstRows(sections: OutlineSection[], limit: number): Clip[][] {
  let left = limit;
  return sections.map((section) => {
    const rows = section.clips.slice(0, Math.max(0, left));
    left -= rows.length;
    return rows;
  });
}
