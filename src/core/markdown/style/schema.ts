import * as z from 'zod';
import { linkRulesSchema } from '../../links/rules-schema';
import { STYLE_NAME } from '../../model/limits';
import { itemFieldsSchema } from './field-schema';
import { starterSchema } from './starter';

/**
 * A house style, as data: how a digest frames an issue, heads its sections and writes its
 * items. A new style is a few lines of JSON; every template is compiled (and so checked)
 * when the style is read, and the same compiled templates write and read issues.
 */

export const STYLE_FORMAT = 'digest-clipper-style';
export const STYLE_VERSION = 1;

const template = (max: number) => z.string().min(1).max(max);

export const houseStyleSchema = z.object({
  format: z.literal(STYLE_FORMAT).optional(),
  version: z.literal(STYLE_VERSION),
  name: z.string().regex(STYLE_NAME, 'a style name is lowercase letters, digits and dashes'),
  label: z.string().min(1).max(200),
  /** The issue's head: `{title}`, `{number}`, `{date}`, `{header}`, `{intro}`. */
  frame: template(4_000),
  /** A section's heading: `{emoji}` and `{name}`, such as `## {emoji} {name}`. */
  section: template(500),
  /** A line written once above the sections, such as `## Updates from Rust Community`. */
  parent: z.string().max(500).optional(),
  /** Item templates: the first writes new items, every one reads. */
  items: z.array(template(4_000)).min(1).max(8),
  /** Items follow each other with no blank line (a tight list). */
  tight: z.boolean().optional(),
  /** A line set between blocks, such as JSer's `----`. */
  separator: z.string().max(100).optional(),
  /** The closing section: `{afterwordHeading}` and `{afterword}`. */
  afterword: z.string().max(4_000).optional(),
  /** Where the site expects the issue file: `{date}`, `{year}`, `{month}`, `{number}`, `{slug}`. */
  file: z.string().max(500).optional(),
  /**
   * Links that are never items, kept as text: those of the `sections` named (a people
   * list), and those whose address is one of `links`, `*` standing for one path segment
   * (a profile page, `https://github.com/*`).
   */
  plain: z
    .object({
      sections: z.array(z.string().min(1).max(200)).max(50).optional(),
      links: z.array(z.string().min(1).max(500)).max(50).optional(),
    })
    .optional(),
  /** Requirements of the publishing site that `check` verifies. */
  rules: z.array(z.enum(['zenn'])).optional(),
  /** Labels and choices for the items' own variables (./field-schema.ts, ./fields.ts). */
  fields: itemFieldsSchema.optional(),
  /** The digest's link rules (core/links/rules.ts): beside the preview and `check --links`. */
  links: linkRulesSchema.optional(),
  /** What a new digest in this style starts with (./starter.ts). */
  starter: starterSchema.optional(),
});

export type HouseStyle = z.infer<typeof houseStyleSchema>;
