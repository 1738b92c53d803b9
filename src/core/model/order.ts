import type { Category, Issue } from './';

/** Sorts anything with an `order` field, ascending. */
export function byOrder<T extends { order: number }>(a: T, b: T): number {
  return a.order - b.order;
}

/** The position after the last of `items`: where a new one goes. */
export function nextOrder(items: readonly { order: number }[]): number {
  let max = -1;
  for (const item of items) if (item.order > max) max = item.order;
  return max + 1;
}

/** Categories in the issue's order; categories the issue does not list follow by their own order. */
export function orderedCategories(
  issue: Pick<Issue, 'categoryOrder'>,
  categories: Category[],
): Category[] {
  const rank = new Map(issue.categoryOrder.map((id, index) => [id, index]));
  const position = (c: Category) => rank.get(c.id) ?? issue.categoryOrder.length + c.order;
  return [...categories].sort((a, b) => position(a) - position(b));
}
