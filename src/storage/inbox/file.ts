import { quoteSelection } from '../../core/capture/clip-input';
import { clipInputFromPage } from '../../core/capture/from-page';
import { digestOf } from '../../core/model';
import { type CaptureOutcome, captureIntoDraftIn, DRAFT_CAPTURE_STORES } from '../clips/capture';
import { transact } from '../db';
import type { InboxOptions } from './inbox';

const FILE_STORES = [...DRAFT_CAPTURE_STORES, 'inbox'] as const;

/**
 * Files a candidate into a section: it becomes a clip of the section's digest's draft
 * and leaves the inbox, in one transaction, so it is in exactly one of the two. The
 * duplicate check of a capture runs in that transaction too: a link already in the draft
 * gets the message as a quote on its clip, one in a published issue is left as it is, and
 * the candidate leaves the inbox either way. The message is someone else's words, so it
 * comes in as a quote made inert like a page's selection; the poster is "clipped by".
 */
export async function fileCandidate(
  id: string,
  categoryId: string,
  options: InboxOptions = {},
): Promise<CaptureOutcome> {
  const { outcome } = await transact(
    options,
    FILE_STORES,
    'readwrite',
    async (tx) => {
      const [candidate, category] = await Promise.all([
        tx.objectStore('inbox').get(id),
        tx.objectStore('categories').get(categoryId),
      ]);
      if (!candidate || candidate.discardedAt) {
        throw new Error(
          'This link is no longer in the inbox: it was filed or discarded elsewhere.',
        );
      }
      if (category && digestOf(category) !== candidate.digestId) {
        throw new Error("This section belongs to another digest than the inbox's link.");
      }
      const fields = clipInputFromPage({
        url: candidate.url,
        title: candidate.title ?? '',
        description: candidate.description ?? '',
        comment: quoteSelection(candidate.comment ?? ''),
        categoryId,
      });
      const byline = candidate.poster ? { clippedBy: candidate.poster } : {};
      const [result] = await Promise.all([
        captureIntoDraftIn<'inbox'>(tx, fields, { ...options, ...byline }),
        tx.objectStore('inbox').delete(id),
      ]);
      return { outcome: result.outcome, wrote: [...result.wrote, 'inbox' as const] };
    },
    (result) => result.wrote,
  );
  return outcome;
}
