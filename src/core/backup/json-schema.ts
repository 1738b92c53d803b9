import * as z from 'zod';
import { backupSchema } from './schema';

/**
 * docs/backup.schema.json, generated from the zod schema that validates imports, so the
 * documented format and the checked one cannot drift apart. A unit test compares the
 * committed file with this; `UPDATE_FIXTURES=1` rewrites it. The input side is described:
 * what a file may contain (unknown keys are allowed and ignored). Checks that JSON Schema
 * cannot express (safe URLs, reserved ids, references between records) are in docs/backup.md.
 */
export function backupJsonSchema(): string {
  const schema = z.toJSONSchema(backupSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
