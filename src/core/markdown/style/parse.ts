import type { Result } from '../../model/result';
import { type Part, type Template, TemplateError } from '../template/template';
import { BUILTIN_STYLE_NAMES } from './builtin';
import { compileStyle } from './compile';
import { strayFieldNames } from './fields';
import { type HouseStyle, houseStyleSchema } from './schema';

/**
 * The door for a style from outside (a file, a backup, the editor): the schema's shape,
 * then every template compiled, so a style that is stored can always be written and read.
 * It pulls zod, so pages load it by `import()` or only where styles are edited.
 */

/** Why a compiled template cannot be used: each placeholder no escaping makes safe. */
function refusals(template: Template): string[] {
  const found: string[] = [];
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (part.kind === 'var' && part.refused) found.push(part.refused);
      if (part.kind === 'group') walk(part.parts);
    }
  };
  for (const block of template.blocks) for (const line of block.lines) walk(line);
  return found;
}

/** Validates untrusted style data (a file, a backup, the editor) down to its templates. */
export function parseStyle(data: unknown): Result<HouseStyle> {
  const parsed = houseStyleSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { ok: false, error: `not a valid style: ${where}${issue?.message ?? 'invalid'}` };
  }
  // A built-in style of the same name would always be found first: this one never used.
  const { name } = parsed.data;
  if (BUILTIN_STYLE_NAMES.includes(name))
    return { ok: false, error: `not a valid style: name: ${name} is a built-in style's name` };
  try {
    const style = compileStyle(parsed.data);
    const templates = [
      ['frame template', style.frame],
      ['section template', style.section],
      ...style.items.map((item, i) => [`item template ${i + 1}`, item] as const),
      ...(style.afterword ? [['afterword template', style.afterword] as const] : []),
    ] as const;
    for (const [where, template] of templates) {
      const [why] = refusals(template);
      if (why) return { ok: false, error: `not a valid style: ${where}: ${why}` };
    }
    const [stray] = strayFieldNames(parsed.data);
    if (stray !== undefined)
      return {
        ok: false,
        error: `not a valid style: fields.${stray}: no item template has {${stray}}`,
      };
  } catch (error) {
    if (error instanceof TemplateError)
      return { ok: false, error: `not a valid style: ${error.message}` };
    throw error;
  }
  return { ok: true, value: parsed.data };
}
