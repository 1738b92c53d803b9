import * as z from 'zod';
import type { Clip } from '../model';
import { MAX_LONG_TEXT, MAX_URL_LENGTH } from '../model/limits';

/**
 * Messages between the extension's pages and its service worker: a discriminated union
 * per request, and a map from request type to its response, so a handler and its callers
 * cannot disagree on shapes.
 */

// Bounds far above real use that keep a malformed message from costing memory; the
// stored limits themselves are checked on save (core/capture.ts).
const line = z.string().max(100_000);
const text = z.string().max(MAX_LONG_TEXT);
const id = z.string().min(1).max(200);

const fields = {
  url: z.string().max(MAX_URL_LENGTH),
  pageTitle: line,
  description: text,
  heading: line,
  comment: text,
  categoryId: id,
  /**
   * The values of the house style's own item fields (core/markdown/style/fields.ts), the
   * clip's whole `extra` as the form leaves it; bounded as the backup format bounds it.
   */
  extra: z
    .record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/), text)
    .refine((extra) => Object.keys(extra).length <= 50, 'at most 50 item fields')
    .optional(),
};

/**
 * What the popup (or a menu) captured; the background fills in ids, order and times.
 * Unknown keys are stripped, so nothing a page sends beyond these fields is stored.
 */
export const clipInputSchema = z.object({
  /** Set when editing an existing clip (the duplicate path). */
  id: id.optional(),
  ...fields,
  /**
   * With `id`: the clip's `updatedAt` and values when the form loaded it, so an edit made
   * elsewhere since is a conflict instead of being overwritten (see core/edit.ts).
   */
  base: z.object({ updatedAt: z.string().max(64), values: z.object(fields).partial() }).optional(),
  /**
   * The key of the popup's pending comment (its tab's address), dropped with the save even
   * if `url` was edited. Named `draftUrl` on the wire from before "draft" came to mean an
   * issue; kept so a popup and a worker of different builds still understand each other.
   */
  draftUrl: z.string().max(MAX_URL_LENGTH).optional(),
  /**
   * Without `id`: the page is in a published issue, which stays as published, and the
   * editor chose to add it to the current draft again (the popup's follow-up).
   */
  followUp: z.boolean().optional(),
});

export type ClipInput = z.infer<typeof clipInputSchema>;

/** Every request the worker answers; one schema checks each message before it is used. */
export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('save-clip'), input: clipInputSchema }),
  z.object({ type: z.literal('refresh-badge') }),
]);

export type Request = z.infer<typeof requestSchema>;

/**
 * A message checked against `requestSchema`: the request with unknown keys stripped, or why
 * it was refused (the first problem, with its path).
 */
export function parseRequest(
  message: unknown,
): { ok: true; request: Request } | { ok: false; error: string } {
  const parsed = requestSchema.safeParse(message);
  if (parsed.success) return { ok: true, request: parsed.data };
  const [issue] = parsed.error.issues;
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, error: `malformed request: ${where}${issue?.message ?? 'invalid'}` };
}

/** `published`: the clip to edit is in a published issue, which is read-only. */
export type FailureCode = 'category-missing' | 'conflict' | 'published';

export type Failure = { ok: false; error: string; code?: FailureCode };

export interface Responses {
  ping: { ok: true; version: string };
  'save-clip':
    | {
        ok: true;
        clip: Clip;
        created: boolean;
        moved?: boolean;
        elsewhere?: boolean;
        /** The page's clip is in a published issue and was left as it is. */
        published?: boolean;
      }
    | (Failure & { code: 'conflict'; current: Clip; fields: string[] })
    | Failure;
  'refresh-badge': { ok: true; count: number } | Failure;
}

export type ResponseFor<R extends Request> = Responses[R['type']];
