import { normalizeUrl } from '../../core/links/normalize';
import { type Clock, systemClock } from '../../core/model';
import { type StorageOptions, transact } from '../db';
import { fitPendingComment } from '../fits';
import type { StoredPendingComment } from '../schema/stores';

export type { StoredPendingComment } from '../schema/stores';

/**
 * What the popup keeps while typing: every field of its form. `url` is the key, the
 * normalised address of the tab the popup was opened on, so editing the URL field does
 * not start a new pending comment (the edited address is `clipUrl`). The extra fields need no new
 * schema version: IndexedDB stores the object as it is.
 */
export interface PendingComment extends StoredPendingComment {
  clipUrl?: string;
  pageTitle?: string;
  description?: string;
  /** The house style's own item fields, as the clip's `extra` would hold them. */
  extra?: Record<string, string>;
}
export type PendingCommentInput = Omit<PendingComment, 'updatedAt'>;

/** A pending comment untouched this long is forgotten; a real comment is finished within days. */
export const PENDING_COMMENT_MAX_AGE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Keyed by the duplicate key, so the same article reached through a link with other
 * tracking parameters brings back the comment being written for it. Pending comments older than
 * `PENDING_COMMENT_MAX_AGE_DAYS` go in the same transaction, so none lingers (or fills backups).
 */
export async function savePendingComment(
  input: PendingCommentInput,
  options: StorageOptions & { now?: Clock } = {},
): Promise<PendingComment> {
  const time = (options.now ?? systemClock)();
  const updatedAt = time.toISOString();
  const cutoff = new Date(time.getTime() - PENDING_COMMENT_MAX_AGE_DAYS * DAY_MS).toISOString();
  const pending: PendingComment = { ...input, url: normalizeUrl(input.url), updatedAt };
  fitPendingComment(pending);
  await transact(options, ['drafts'], 'readwrite', async (tx) => {
    const store = tx.objectStore('drafts');
    await store.put(pending);
    let cursor = await store.openCursor();
    while (cursor) {
      if (cursor.value.updatedAt < cutoff) await cursor.delete();
      cursor = await cursor.continue();
    }
  });
  return pending;
}

export async function getPendingComment(
  url: string,
  options: StorageOptions = {},
): Promise<PendingComment | undefined> {
  return transact(options, ['drafts'], 'readonly', (tx) =>
    tx.objectStore('drafts').get(normalizeUrl(url)),
  );
}

export async function deletePendingComment(
  url: string,
  options: StorageOptions = {},
): Promise<void> {
  await transact(options, ['drafts'], 'readwrite', async (tx) => {
    await tx.objectStore('drafts').delete(normalizeUrl(url));
  });
}
