import * as z from 'zod';
import { MAX_LINE, MAX_LONG_TEXT, MAX_SHORT, MAX_URL_LENGTH } from '../model/limits';
import { checkBackupUrl } from './safe-values';

/**
 * The inbox and the followed feeds in a backup (optional, so files without them, and
 * builds that do not know them, read a file as before: an unknown key is dropped). A
 * candidate's `source` is any short word, so a later build's new kind of source does not
 * make the file unreadable here. Addresses must be web pages, as a clip's must.
 */

const id = z
  .string()
  .min(1)
  .max(200)
  .refine((value) => !(value in Object.prototype), { error: 'this id is a reserved name' });
const isoDateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);
const webUrl = z
  .string()
  .min(1)
  .max(MAX_URL_LENGTH)
  .superRefine((value, ctx) => {
    const reason = checkBackupUrl(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

export const inboxSchema = z.object({
  id,
  digestId: id,
  url: webUrl,
  title: text(MAX_LINE).optional(),
  description: text(MAX_LINE).optional(),
  comment: text(MAX_LONG_TEXT).optional(),
  poster: text(MAX_LINE).optional(),
  postedAt: text(MAX_LINE).optional(),
  source: text(MAX_SHORT),
  via: text(MAX_LINE).optional(),
  addedAt: isoDateTime,
  order: z.number().int().nonnegative(),
  discardedAt: isoDateTime.optional(),
});

export const feedSchema = z.object({
  id,
  digestId: id,
  url: webUrl,
  title: text(MAX_LINE),
  addedAt: isoDateTime,
  periodMinutes: z
    .number()
    .int()
    .min(15)
    .max(60 * 24 * 31),
  lastPolledAt: isoDateTime.optional(),
  etag: text(MAX_LINE).optional(),
  lastModified: text(MAX_LINE).optional(),
  error: text(MAX_LINE).optional(),
});

export type BackupCandidate = z.infer<typeof inboxSchema>;
export type BackupFeed = z.infer<typeof feedSchema>;
