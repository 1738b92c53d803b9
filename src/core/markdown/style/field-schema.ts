import * as z from 'zod';
import { MAX_LINE } from '../../model/limits';

/**
 * How a style presents its items' own variables (This Week in Rust's `{prefix}`, LWKD's
 * `{pr}`) to an editor: a label for the field, and where the digest uses a fixed set of
 * values, those values as choices. Keyed by the variable's name; which names are allowed
 * depends on the item templates, so parse.ts checks that each names one of them.
 */
export const itemFieldsSchema = z
  .record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'a field is named as its {variable}'),
    z.object({
      label: z.string().min(1).max(100),
      choices: z.array(z.string().min(1).max(MAX_LINE)).max(50).optional(),
    }),
  )
  .refine((fields) => Object.keys(fields).length <= 20, 'at most 20 fields');

export type ItemFieldsSpec = z.infer<typeof itemFieldsSchema>;
