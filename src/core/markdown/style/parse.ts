import type { Result } from '../../model/result';
import { TemplateError } from '../template/template';
import { compileStyle } from './compile';
import { type HouseStyle, houseStyleSchema } from './schema';

/**
 * The door for a style from outside (a file, a backup, the editor): the schema's shape,
 * then every template compiled, so a style that is stored can always be written and read.
 * It pulls zod, so pages load it by `import()` or only where styles are edited.
 */

/** Validates untrusted style data (a file, a backup, the editor) down to its templates. */
export function parseStyle(data: unknown): Result<HouseStyle> {
  const parsed = houseStyleSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { ok: false, error: `not a valid style: ${where}${issue?.message ?? 'invalid'}` };
  }
  try {
    compileStyle(parsed.data);
  } catch (error) {
    if (error instanceof TemplateError)
      return { ok: false, error: `not a valid style: ${error.message}` };
    throw error;
  }
  return { ok: true, value: parsed.data };
}
