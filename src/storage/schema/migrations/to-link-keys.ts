import { normalizeUrl } from '../../../core/links/normalize';
import type { StoredPendingComment, UpgradeTransaction } from '../stores';
import { ignore } from './ignore';

/**
 * Version 6 recomputes every stored duplicate key after the key learnt to fold `http` into
 * `https`, drop a leading `www.` and doubled slashes, and unescape characters that need no
 * escape: the clips' `normalizedUrl`, each archive record's clips and `urls` (its by-url
 * index), the inbox's candidates, and the keys of comments being typed in the popup. Records whose key is already
 * right are not written. In the upgrade transaction, so a failure leaves version 5 as it was.
 */
export async function migrateToLinkKeys(tx: UpgradeTransaction): Promise<void> {
  const clips = tx.objectStore('clips');
  const archive = tx.objectStore('archive');
  const drafts = tx.objectStore('drafts');
  const inbox = tx.objectStore('inbox');
  const [storedClips, records, pending, candidates] = await Promise.all([
    clips.getAll(),
    archive.getAll(),
    drafts.getAll(),
    inbox.getAll(),
  ]);
  for (const candidate of candidates) {
    const key = normalizeUrl(candidate.url);
    if (key !== candidate.normalizedUrl)
      inbox.put({ ...candidate, normalizedUrl: key }).catch(ignore);
  }
  for (const clip of storedClips) {
    const key = normalizeUrl(clip.url);
    if (key !== clip.normalizedUrl) clips.put({ ...clip, normalizedUrl: key }).catch(ignore);
  }
  for (const record of records) {
    const rekeyed = record.clips.map((clip) => ({
      ...clip,
      normalizedUrl: normalizeUrl(clip.url),
    }));
    if (rekeyed.every((clip, index) => clip.normalizedUrl === record.clips[index]?.normalizedUrl)) {
      continue;
    }
    const urls = [...new Set(rekeyed.map((clip) => clip.normalizedUrl))];
    archive.put({ ...record, clips: rekeyed, urls }).catch(ignore);
  }
  // Two comments may now share a key (one typed on the http page, one on https): the one
  // typed last is kept, as the popup would have kept it had they shared a key all along.
  const byKey = new Map<string, StoredPendingComment>();
  for (const comment of pending) {
    const key = normalizeUrl(comment.url);
    const other = byKey.get(key);
    if (!other || other.updatedAt < comment.updatedAt) byKey.set(key, { ...comment, url: key });
  }
  // Requests run in order: old keys go first, then each kept comment is written at its new
  // key (over a comment it won against, where that one already had the key).
  for (const comment of pending) {
    if (normalizeUrl(comment.url) !== comment.url) drafts.delete(comment.url).catch(ignore);
  }
  for (const comment of byKey.values()) {
    const before = pending.find((old) => old.url === comment.url);
    if (before?.updatedAt !== comment.updatedAt) drafts.put(comment).catch(ignore);
  }
}
