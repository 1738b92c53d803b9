import type { StoreNames } from 'idb';
import { normalizeUrl } from '../../core/links/normalize';
import { type Clip, digestOf, systemClock } from '../../core/model';
import { applyClipEdit } from '../../core/model/clip-edit';
import { nextOrder } from '../../core/model/order';
import { transact } from '../db';
import { digestById, digestsFrom, readStoredDigests } from '../digests/digests';
import { readSettings } from '../digests/settings';
import { fitClipEdit } from '../fits';
import { draftIn, draftOfDigest, type IssueOptions } from '../issues/issues';
import type { ArchivedIssue, DigestDB, StoredClip } from '../schema/stores';
import {
  type ClipOptions,
  type ClipTx,
  insertClip,
  type NewClip,
  requireCategory,
  requireDraft,
  toClip,
  toStoredClip,
} from './clips';

/**
 * The popup's pending-comment key (`draftUrl` on the wire, see core/messages.ts) when it
 * differs from the clip's URL (the URL field was edited).
 */
export type CaptureOptions = ClipOptions & { draftUrl?: string };

type PendingCommentStore = { delete(key: string): Promise<void> };
export const dropPendingComment = (store: PendingCommentStore, url: string | undefined) =>
  url ? store.delete(normalizeUrl(url)) : Promise.resolve();

/**
 * What a capture did: a new clip, or the page's existing clip (with a quote added).
 * `moved` when an explicit category choice moved it there; `elsewhere` when the clip is
 * in another issue, which a capture never changes the category of; `published` when that
 * issue is published, which a capture never changes at all (a quote is not added).
 */
export type CaptureOutcome = {
  clip: Clip;
  created: boolean;
  moved?: boolean;
  elsewhere?: boolean;
  published?: boolean;
};

/**
 * `followUp`: the editor chose, in the popup, to add a page of a published issue to the
 * current draft again; without it such a page is left as it is.
 */
type CaptureChoices = CaptureOptions & { move?: boolean; followUp?: boolean };

/**
 * Clips a page, or adds the capture's comment (a quote) to the clip the page already has.
 * The duplicate lookup, the category check and the write share one transaction, so two
 * saves of one page at once (a double press of the shortcut) make one clip, and parallel
 * quotes are appended one after another instead of overwriting each other. With `move`
 * (a category chosen in a menu), a clip of the same draft joins that category's end.
 */
export async function captureClip(
  input: NewClip,
  options: CaptureChoices = {},
): Promise<CaptureOutcome> {
  const stores = ['clips', 'drafts', 'categories', 'archive', 'issues'] as const;
  const { outcome } = await transact(
    options,
    stores,
    'readwrite',
    async (tx) => {
      const [same] = await Promise.all([
        sameUrl<'issues'>(tx, input.url),
        requireDraft(tx.objectStore('issues'), input.issueId),
      ]);
      const outcome = await captureIn<'issues'>(tx, input, same, options);
      return { outcome, wrote: captureWrote(outcome, input.comment, options) };
    },
    (result) => result.wrote,
  );
  return outcome;
}

/** The stores a capture wrote, so its notice names those and no other. */
function captureWrote(
  outcome: CaptureOutcome,
  comment: string,
  options: CaptureOptions,
): StoreNames<DigestDB>[] {
  const wrote: StoreNames<DigestDB>[] = [];
  // A published clip is never written, so the archive never is.
  if (outcome.created || outcome.moved || (comment && !outcome.published)) wrote.push('clips');
  if (outcome.created || options.draftUrl) wrote.push('drafts');
  return wrote;
}

/** What a capture into the current draft is given: the page's fields, not their issue. */
export type DraftCapture = Omit<NewClip, 'issueId' | 'clippedBy'>;

/**
 * A capture as the popup, the menus and the shortcut make it, in one transaction: the
 * category's digest, that digest's draft (created if it has none), the settings' byline,
 * the capture itself and the remembered last category. The reads are asked for at once,
 * since each request is a round trip to the browser's database and none needs another;
 * four transactions in three rounds were most of a save's cost. The draft a clip joins
 * cannot change between being found and being written to, and a save that is refused
 * (its category was removed) leaves no new draft behind. Only the stores written are
 * announced, and a save that changed nothing (a page clipped before, no quote) is not.
 */
export async function captureIntoDraft(
  fields: DraftCapture,
  options: CaptureChoices & Omit<IssueOptions, 'digestId'> = {},
): Promise<CaptureOutcome> {
  const { outcome } = await transact(
    options,
    DRAFT_CAPTURE_STORES,
    'readwrite',
    (tx) => captureIntoDraftIn(tx, fields, options),
    (result) => result.wrote,
  );
  return outcome;
}

/** The stores a capture into the current draft reads and writes. */
export const DRAFT_CAPTURE_STORES = [
  'clips',
  'drafts',
  'categories',
  'issues',
  'settings',
  'archive',
] as const satisfies StoreNames<DigestDB>[];

/**
 * `captureIntoDraft` inside the caller's transaction, so a write of another store (a
 * candidate filed from the inbox) commits with the clip or not at all. `clippedBy` names
 * who found the page when it was not the editor (a chat's poster).
 */
export async function captureIntoDraftIn<More extends StoreNames<DigestDB> = never>(
  tx: ClipTx<'issues' | 'settings' | 'archive' | More>,
  fields: DraftCapture,
  options: CaptureChoices & Omit<IssueOptions, 'digestId'> & { clippedBy?: string } = {},
): Promise<{ outcome: CaptureOutcome; wrote: StoreNames<DigestDB>[] }> {
  const settingsStore = tx.objectStore('settings');
  const [category, settings, stored, drafts, same] = await Promise.all([
    tx.objectStore('categories').get(fields.categoryId),
    readSettings(settingsStore),
    readStoredDigests(settingsStore),
    tx.objectStore('issues').index('by-status').getAll('draft'),
    sameUrl(tx, fields.url),
  ]);
  // A clip goes into the draft of its section's digest, whichever digest is current.
  const digest = digestById(
    digestsFrom(stored, settings),
    category ? digestOf(category) : settings.currentDigestId,
  );
  const found = draftOfDigest(drafts, digest.id);
  const draft = found
    ? { issue: found, created: false }
    : await draftIn(tx, { ...options, digestId: digest.id });
  const byline = options.clippedBy || settings.clippedBy;
  const input = { ...fields, issueId: draft.issue.id, ...(byline ? { clippedBy: byline } : {}) };
  const outcome = await captureIn(tx, input, same, options);
  // Written only when it changes: a settings notice rebuilds the menus and recounts the
  // badge in each open context, which a run of saves into one section need not pay.
  const remember =
    (outcome.created || !!outcome.moved) && settings.lastCategoryId !== fields.categoryId;
  if (remember) await settingsStore.put(fields.categoryId, 'lastCategoryId');
  const wrote = captureWrote(outcome, fields.comment, options);
  if (draft.created) wrote.push('issues');
  if (remember) wrote.push('settings');
  return { outcome, wrote };
}

/** The clips stored under a page's URL: the draft's and the trash's, then published ones. */
interface SameUrl {
  clips: StoredClip[];
  /** The archive records holding the published ones. */
  records: ArchivedIssue[];
}

async function sameUrl<More extends StoreNames<DigestDB> = never>(
  tx: ClipTx<'archive' | More>,
  url: string,
): Promise<SameUrl> {
  const key = normalizeUrl(url);
  const [stored, records] = await Promise.all([
    tx.objectStore('clips').index('by-url').getAll(key),
    tx.objectStore('archive').index('by-url').getAll(key),
  ]);
  const archived = records.flatMap((r) => r.clips.filter((clip) => clip.normalizedUrl === key));
  return { clips: [...stored, ...archived], records };
}

/**
 * The capture itself, given the clips already stored under the page's URL. Live clips in
 * `clips` come before published ones in `same`, so a draft's clip of the page is the one
 * found when a published issue has the page too (a follow-up).
 */
async function captureIn<More extends StoreNames<DigestDB> = never>(
  tx: ClipTx<'archive' | More>,
  input: NewClip,
  same: SameUrl,
  options: CaptureChoices,
): Promise<CaptureOutcome> {
  const stamp = (options.now ?? systemClock)().toISOString();
  const store = tx.objectStore('clips');
  const existing = same.clips.find((clip) => !clip.deletedAt);
  // Published clips are kept in archive records, and only they are.
  const record = existing && same.records.find((r) => r.ids.includes(existing.id));
  const dropped = dropPendingComment(tx.objectStore('drafts'), options.draftUrl);
  if (!existing || (record && options.followUp)) {
    const [clip] = await Promise.all([insertClip(tx, input, options), dropped]);
    return { clip: toClip(clip), created: true };
  }
  await dropped;
  if (record) return { clip: toClip(existing), created: false, elsewhere: true, published: true };
  const elsewhere = existing.issueId !== input.issueId;
  const move = !!options.move && !elsewhere && existing.categoryId !== input.categoryId;
  if (!input.comment && !move) return { clip: toClip(existing), created: false, elsewhere };
  let next: Clip = toClip(existing);
  if (input.comment) {
    const comment = [existing.comment, input.comment].filter(Boolean).join('\n\n');
    next = applyClipEdit(next, { comment });
  }
  if (move) {
    await requireCategory(tx.objectStore('categories'), input.categoryId);
    const siblings = (await store.index('by-issue').getAll(input.issueId)).filter(
      (clip) => clip.categoryId === input.categoryId,
    );
    const order = nextOrder(siblings);
    next = { ...next, categoryId: input.categoryId, order };
  }
  next = { ...next, updatedAt: stamp };
  // A quote joined to a long comment may pass the limit that each alone kept.
  fitClipEdit({ comment: next.comment }, next.heading || next.url);
  await store.put(toStoredClip(next));
  return { clip: next, created: false, moved: move, elsewhere };
}
