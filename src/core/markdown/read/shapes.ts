import type { CompiledStyle } from '../style/compile';
import type { Template } from '../template/template';

/**
 * A style's item templates by the kind of block they read, as indexes into its items: list
 * items, bullets nested under a label (groups.ts: indented, then a marker), and paragraphs
 * (neither a heading nor a list item).
 */
export interface ShapeKinds {
  list: number[];
  nested: number[];
  paragraph: number[];
}

const NESTED = /^[ \t]+[-*+][ \t]/;
const known = new WeakMap<CompiledStyle, ShapeKinds>();

export function shapeKinds(style: CompiledStyle): ShapeKinds {
  const found = known.get(style);
  if (found) return found;
  const where = (test: (template: Template) => boolean) =>
    style.items.flatMap((template, shape) => (test(template) ? [shape] : []));
  const nested = (t: Template) => NESTED.test(t.source);
  const kinds = {
    list: where((t) => t.listItem),
    nested: where(nested),
    paragraph: where((t) => !t.listItem && !t.headingLevel && !nested(t)),
  };
  known.set(style, kinds);
  return kinds;
}
