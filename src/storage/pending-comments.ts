import { type Clock, systemClock } from '../core/model';
import { normalizeUrl } from '../core/url';
import { type StorageOptions, transact } from './db';
import type { Draft } from './db-schema';

export type { Draft } from './db-schema';

/**
 * What the popup keeps while typing: every field of its form. `url` is the key, the
 * normalised address of the tab the popup was opened on, so editing the URL field does
 * not start a new draft (the edited address is `clipUrl`). The extra fields need no new
 * schema version: IndexedDB stores the object as it is.
 */
export interface PopupDraft extends Draft {
  clipUrl?: string;
  pageTitle?: string;
  description?: string;
}
export type DraftInput = Omit<PopupDraft, 'updatedAt'>;

/** A draft untouched this long is forgotten; a real comment is finished within days. */
export const DRAFT_MAX_AGE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Keyed by the duplicate key, so the same article reached through a link with other
 * tracking parameters brings back the comment being written for it. Drafts older than
 * `DRAFT_MAX_AGE_DAYS` go in the same transaction, so none lingers (or fills backups).
 */
export async function saveDraft(
  input: DraftInput,
  options: StorageOptions & { now?: Clock } = {},
): Promise<PopupDraft> {
  const time = (options.now ?? systemClock)();
  const updatedAt = time.toISOString();
  const cutoff = new Date(time.getTime() - DRAFT_MAX_AGE_DAYS * DAY_MS).toISOString();
  const draft: PopupDraft = { ...input, url: normalizeUrl(input.url), updatedAt };
  await transact(options, ['drafts'], 'readwrite', async (tx) => {
    const store = tx.objectStore('drafts');
    await store.put(draft);
    let cursor = await store.openCursor();
    while (cursor) {
      if (cursor.value.updatedAt < cutoff) await cursor.delete();
      cursor = await cursor.continue();
    }
  });
  return draft;
}

export async function getDraft(
  url: string,
  options: StorageOptions = {},
): Promise<PopupDraft | undefined> {
  return transact(options, ['drafts'], 'readonly', (tx) =>
    tx.objectStore('drafts').get(normalizeUrl(url)),
  );
}

export async function deleteDraft(url: string, options: StorageOptions = {}): Promise<void> {
  await transact(options, ['drafts'], 'readwrite', async (tx) => {
    await tx.objectStore('drafts').delete(normalizeUrl(url));
  });
}
