import * as z from 'zod';
import { MAX_LINE, MAX_SHORT } from '../../model/limits';

/**
 * What a new digest in a style starts with: the title its issues carry and the sections
 * its items go into, in the order the digest prints them. A digest set up in This Week
 * in Rust's style then offers Official, Foundation, … rather than another digest's
 * sections, and an item filed into the first section is written where the site expects it.
 */
export const starterSchema = z.object({
  /** The title template: `{number}`, `{date}` and the style's issue variables expand. */
  title: z.string().min(1).max(MAX_LINE).optional(),
  sections: z
    .array(
      z.object({
        emoji: z.string().max(MAX_SHORT),
        name: z.string().min(1).max(MAX_LINE),
      }),
    )
    .max(200)
    .optional(),
});

export type Starter = z.infer<typeof starterSchema>;
