import {
  CLIP_LIMITS,
  categoryTooLong,
  clipTooLong,
  digestTooLong,
  documentTooLong,
  editTooLong,
  firstTooLong,
  ISSUE_LIMITS,
  issueTooLong,
  type TooLong,
} from '../core/model/fits';
import { MAX_LINE, MAX_LONG_TEXT, MAX_URL_LENGTH } from '../core/model/limits';
import { TooLongError } from './errors';
import type { StoredPendingComment } from './schema/stores';

/**
 * Storage's side of the one set of limits (core/model/fits.ts): each write calls one of
 * these inside its transaction, just before it puts the record, so a refused write stores
 * nothing and aborts whatever else the transaction did.
 */

const refuse = (problem: TooLong | null) => {
  if (problem) throw new TooLongError(problem);
};

export const fitClip = (clip: Parameters<typeof clipTooLong>[0]) => refuse(clipTooLong(clip));
export const fitIssue = (issue: Parameters<typeof issueTooLong>[0]) => refuse(issueTooLong(issue));
/** An edit of a clip's fields (`changed`), named by the clip's heading. */
export const fitClipEdit = (changed: object, item: string) =>
  refuse(editTooLong(CLIP_LIMITS, changed, item));
/** An edit of an issue's fields (`changed`). */
export const fitIssueEdit = (changed: object) => refuse(editTooLong(ISSUE_LIMITS, changed));
/** Text under a section's heading, or a published issue's frozen Markdown. */
export const fitText = (field: string, text: string, max: number) =>
  refuse(firstTooLong([[field, text, max]]));
export const fitDocument = (doc: Parameters<typeof documentTooLong>[0]) =>
  refuse(documentTooLong(doc));
export const fitCategory = (category: Parameters<typeof categoryTooLong>[0]) =>
  refuse(categoryTooLong(category));
export const fitDigest = (digest: Parameters<typeof digestTooLong>[0]) =>
  refuse(digestTooLong(digest));

/** The popup's pending comment, as the backup format's `drafts` hold it. */
export function fitPendingComment(
  pending: Omit<StoredPendingComment, 'updatedAt'> & {
    clipUrl?: string;
    pageTitle?: string;
    description?: string;
    extra?: Record<string, string>;
  },
): void {
  refuse(
    firstTooLong([
      ['url', pending.url, MAX_URL_LENGTH],
      ['url', pending.clipUrl, MAX_URL_LENGTH],
      ['comment', pending.comment, MAX_LONG_TEXT],
      ['heading', pending.heading, MAX_LINE],
      ['pageTitle', pending.pageTitle, MAX_LINE],
      ['description', pending.description, MAX_LONG_TEXT],
      ['categoryId', pending.categoryId, 200],
      ...Object.entries(pending.extra ?? {}).map(
        ([name, value]) => [name, value, MAX_LONG_TEXT] as [string, string, number],
      ),
    ]),
  );
}
