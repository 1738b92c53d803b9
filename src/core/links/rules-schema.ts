import * as z from 'zod';
import type { LinkRules } from './rules';

const name = z.string().min(1).max(100);
const host = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+$/, 'a host is lowercase letters, digits, dots and dashes');

/**
 * A style's link rules as they come from a file: bounded, so a hostile style cannot make a
 * check slow, and strict, so a misspelt rule is reported instead of silently ignored.
 */
export const linkRulesSchema = z.strictObject({
  refuseTrackers: z.boolean().optional(),
  forbiddenParams: z.array(name).max(50).optional(),
  warnHosts: z
    .array(
      z.strictObject({
        host,
        path: z
          .string()
          .max(200)
          .regex(/^\/[^\s?#]*$/, 'a path starts with / and has no query or fragment')
          .optional(),
        message: z.string().min(1).max(300),
      }),
    )
    .max(50)
    .optional(),
  titleMax: z.number().int().min(1).max(1000).optional(),
  video: z
    .strictObject({ hosts: z.array(host).min(1).max(20), prefix: z.string().min(1).max(40) })
    .optional(),
  duplicateIssues: z.number().int().min(1).max(500).optional(),
  wellFormed: z.boolean().optional(),
}) satisfies z.ZodType<LinkRules>;
