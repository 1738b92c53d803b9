import { type Clock, systemClock } from '../core/model';
import { normalizeUrl } from '../core/url';
import { type StorageOptions, transact } from './db';
import type { Draft } from './schema';

export type { Draft } from './schema';
export type DraftInput = Omit<Draft, 'updatedAt'>;

/**
 * Keyed by the duplicate key, so the same article reached through a link with other
 * tracking parameters brings back the comment being written for it.
 */
export async function saveDraft(
  input: DraftInput,
  options: StorageOptions & { now?: Clock } = {},
): Promise<Draft> {
  const updatedAt = (options.now ?? systemClock)().toISOString();
  const draft: Draft = { ...input, url: normalizeUrl(input.url), updatedAt };
  await transact(options, ['drafts'], 'readwrite', async (tx) => {
    await tx.objectStore('drafts').put(draft);
  });
  return draft;
}

export async function getDraft(url: string, options: StorageOptions = {}) {
  return transact(options, ['drafts'], 'readonly', (tx) =>
    tx.objectStore('drafts').get(normalizeUrl(url)),
  );
}

export async function deleteDraft(url: string, options: StorageOptions = {}): Promise<void> {
  await transact(options, ['drafts'], 'readwrite', async (tx) => {
    await tx.objectStore('drafts').delete(normalizeUrl(url));
  });
}
