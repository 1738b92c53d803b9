import { compileTemplate, type Template } from '../template/template';
import type { HouseStyle } from './schema';

// Apart from style.ts, which holds the style's zod schema: rendering compiles styles on
// every page that shows an issue, and only reading untrusted style data needs zod.

export interface CompiledStyle {
  style: HouseStyle;
  frame: Template;
  section: Template;
  items: Template[];
  afterword: Template | null;
  /**
   * The heading level of the style's items: headings above it that are not items head
   * sections, headings at or below it are text. A style of list items only has none, and
   * then every heading heads a section.
   */
  itemLevel: number | null;
}

const compiled = new WeakMap<HouseStyle, CompiledStyle>();

/** Compiles every template of a style; a broken one throws a TemplateError naming it. */
export function compileStyle(style: HouseStyle): CompiledStyle {
  const known = compiled.get(style);
  if (known) return known;
  const items = style.items.map((item, i) => compileTemplate(item, `item template ${i + 1}`));
  const levels = items.flatMap((item) => (item.headingLevel ? [item.headingLevel] : []));
  const result: CompiledStyle = {
    style,
    frame: compileTemplate(style.frame, 'frame template'),
    section: compileTemplate(style.section, 'section template'),
    items,
    afterword: style.afterword ? compileTemplate(style.afterword, 'afterword template') : null,
    itemLevel: levels.length ? Math.min(...levels) : null,
  };
  compiled.set(style, result);
  return result;
}
