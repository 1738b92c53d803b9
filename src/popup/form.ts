import type { PageInfo } from '../capture/page-info';
import { pageLine } from '../core/capture/clip-input';
import { clipInputFromPage } from '../core/capture/from-page';
import { suggestHeading } from '../core/capture/title';
import type { ClipInput } from '../core/messages';
import type { Category, Clip } from '../core/model';
import type { EditBase } from '../core/model/clip-edit';
import type { PendingComment, PendingCommentInput } from '../storage/clips/pending-comments';
import type { MessageKey } from '../ui/i18n';

export type FormFields = Omit<ClipInput, 'id' | 'base' | 'draftUrl' | 'followUp'>;

/** Where the clip already is, for the "Already clipped" notice. */
export interface ExistingClip {
  clip: Clip;
  issueTitle: string;
  categoryLabel: string;
  /** The clip's issue is published: read-only, so the popup offers a follow-up instead. */
  published: boolean;
}

export function defaultCategory(categories: Category[], lastUsed: string): string {
  return categories.some((c) => c.id === lastUsed) ? lastUsed : (categories[0]?.id ?? '');
}

/**
 * Why a tab cannot be clipped, or nothing when it can. The browser hides the address of
 * a tab the extension may not read (no click on the toolbar button granted it); browser
 * pages, the Web Store and files are not what a digest links to.
 */
export function whyNotClippable(url: string): MessageKey | undefined {
  if (!url) return 'popupNoAddress';
  return /^https?:/i.test(url) ? undefined : 'popupNotWebPage';
}

/** A new clip from the tab: the heading is a suggestion; the page title stays whole. */
export function fieldsFromTab(url: string, title: string, categoryId: string): FormFields {
  return clipInputFromPage({ url, title, categoryId });
}

export function fieldsFromClip(clip: Clip): FormFields {
  const { url, pageTitle, heading, description, comment, categoryId, extra } = clip;
  return { url, pageTitle, heading, description, comment, categoryId, extra: extra ?? {} };
}

/** Every field of the form, kept under the tab's address (not the edited URL field). */
export function pendingCommentOf(tabUrl: string, fields: FormFields): PendingCommentInput {
  const { url, pageTitle, description, heading, comment, categoryId, extra } = fields;
  return {
    url: tabUrl,
    clipUrl: url,
    pageTitle,
    description,
    heading,
    comment,
    categoryId,
    ...(extra ? { extra } : {}),
  };
}

/** What an edit starts from: the stored clip's time and the values the form showed. */
export function baseOf(clip: Clip): EditBase<Clip> {
  return { updatedAt: clip.updatedAt, values: fieldsFromClip(clip) };
}

/**
 * A pending comment typed before the popup closed wins over what it was typed on, except for a
 * category removed since: the form keeps its own, so the menu shows what will be saved.
 */
export function withPendingComment(
  fields: FormFields,
  pending: PendingComment | undefined,
  categories: Category[],
  since = '',
): FormFields {
  if (!pending || pending.updatedAt <= since) return fields;
  const known = categories.some((c) => c.id === pending.categoryId);
  return {
    ...fields,
    comment: pending.comment,
    heading: pending.heading ?? fields.heading,
    url: pending.clipUrl ?? fields.url,
    pageTitle: pending.pageTitle ?? fields.pageTitle,
    description: pending.description ?? fields.description,
    ...(pending.extra ? { extra: pending.extra } : {}),
    categoryId: known && pending.categoryId ? pending.categoryId : fields.categoryId,
  };
}

/** Page details that arrive after the form is shown fill only fields still untouched. */
export function withPageInfo(
  fields: FormFields,
  page: PageInfo,
  touched: Set<keyof FormFields>,
  quote: string,
): FormFields {
  const next = { ...fields };
  if (!touched.has('description') && !next.description)
    next.description = pageLine(page.description);
  if (!touched.has('comment') && !next.comment && quote) next.comment = quote;
  if (!touched.has('pageTitle') && !next.pageTitle && page.title) {
    next.pageTitle = pageLine(page.title);
    if (!touched.has('heading')) next.heading = pageLine(suggestHeading(page.title, next.url));
  }
  return next;
}
