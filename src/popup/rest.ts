import { readPageInfo } from '../capture/page-info';
import { quoteSelection } from '../core/capture/clip-input';
import { issueTitle } from '../core/markdown';
import { type Category, categoryLabel } from '../core/model';
import { listCategories } from '../storage/categories/categories';
import { findClipsByUrl, toClip } from '../storage/clips/clips';
import { getPendingComment, savePendingComment } from '../storage/clips/pending-comments';
import { getSettings } from '../storage/digests/settings';
import { earlierLinks } from '../storage/issues/earlier';
import { getIssue } from '../storage/issues/issues';
import { t } from '../ui/i18n';
import { showDigestSwitch } from './digest-switch';
import { byId, fillUntouched, form, readFields, showCategories, showText, touched } from './dom';
import type { TabInfo } from './ext';
import { offerFollowUp } from './follow-up';
import {
  baseOf,
  defaultCategory,
  type ExistingClip,
  fieldsFromClip,
  fieldsFromTab,
  pendingCommentOf,
  withPageInfo,
  withPendingComment,
} from './form';
import { showItemFields } from './item-fields';
import { remember } from './remembered';
import { state } from './state';
import { offerCleanUrl } from './url-clean';

async function findExisting(url: string, categories: Category[]): Promise<ExistingClip | null> {
  const [stored] = (await findClipsByUrl(url)).filter((c) => !c.deletedAt);
  if (!stored) return null;
  const issue = await getIssue(stored.issueId);
  const category = categories.find((c) => c.id === stored.categoryId);
  return {
    clip: toClip(stored),
    issueTitle: issue ? issueTitle(issue) : '',
    categoryLabel: category ? categoryLabel(category) : '',
    published: issue?.status === 'published',
  };
}

/**
 * A page no issue has as an item may still be linked in a published issue's text (an
 * intro, an event's group page, a quote's source): saying which keeps it from being
 * published twice. Not awaited: the form is usable before the answer.
 */
async function showLinkedBefore(url: string, digestId: string | undefined): Promise<void> {
  const links = await earlierLinks({ id: '', digestId }, [url]).catch(() => null);
  const title = links?.values().next().value;
  if (!title || state.existing || state.followUp) return;
  const notice = byId('already-clipped');
  const label = notice.querySelector('strong');
  if (label) label.textContent = t('popupLinkedBefore');
  showText('already-where', t('popupLinkedBeforeWhere', title));
  notice.removeAttribute('hidden');
}

// The popup closes whenever focus leaves it, with no event to rely on: every keystroke is
// kept as a pending comment at once (one small put, committed in order).
const keepPendingComment = () => {
  const extra = state.itemFields?.read();
  const fields = { ...readFields(), ...(extra ? { extra } : {}) };
  void savePendingComment(pendingCommentOf(state.tabUrl, fields)).catch(() => undefined);
};

/** The chosen category was removed meanwhile: offer the current ones, keep every word. */
async function categoryGone(): Promise<void> {
  const categories = await listCategories();
  touched.delete('categoryId');
  showCategories(categories, defaultCategory(categories, ''));
  remember({ categories });
  showText('save-error', `${t('popupSaveFailed')} ${t('popupCategoryGone')}`);
}

/**
 * The second stage: the database (categories, the page's pending comment, a clip it already has)
 * and the page's own description and selection. Each fills only fields still untouched.
 */
export async function loadRest(tab: TabInfo & { url: string }, ready: () => void): Promise<void> {
  // The page script and the database reads do not depend on each other: start both.
  const page = tab.id === undefined ? null : readPageInfo(tab.id);
  const [categories, settings, pending] = await Promise.all([
    listCategories(),
    getSettings(),
    getPendingComment(tab.url),
  ]);
  remember({ categories, lastCategoryId: settings.lastCategoryId });
  // A clip this popup saved already before the database was read is not "already clipped".
  const found = state.savedId ? null : await findExisting(tab.url, categories);
  // Only a draft's clip is edited here; a published one is offered as a follow-up.
  const existing = found?.published ? null : found;
  state.existing = existing;
  if (found?.published) offerFollowUp(found);
  const start = existing
    ? fieldsFromClip(existing.clip)
    : fieldsFromTab(tab.url, tab.title ?? '', defaultCategory(categories, settings.lastCategoryId));
  const fields = withPendingComment(start, pending, categories, existing?.clip.updatedAt);
  showCategories(categories, fields.categoryId);
  fillUntouched(fields);
  if (!found && !state.savedId) void showLinkedBefore(tab.url, settings.currentDigestId);
  if (existing) {
    state.base = baseOf(existing.clip);
    showText(
      'already-where',
      t('popupAlreadyClippedWhere', existing.issueTitle, existing.categoryLabel),
    );
    document.getElementById('already-clipped')?.removeAttribute('hidden');
  }
  state.onCategoryGone = categoryGone;
  ready();
  void showDigestSwitch().catch(() => undefined);
  // The clip's own values, or those a pending comment kept from a popup closed mid-typing.
  const shown = { issueId: existing?.clip.issueId ?? '', extra: fields.extra };
  void showItemFields(shown).catch(() => undefined);
  form().addEventListener('input', keepPendingComment);
  // Typed before this stage arrived: kept now, as every later keystroke will be.
  if (touched.size) keepPendingComment();
  const info = existing ? null : await page;
  if (!info) return;
  fillUntouched(
    withPageInfo(readFields(), info, touched, pending ? '' : quoteSelection(info.selection)),
  );
  offerCleanUrl(tab.url, info);
}
