import { type PageInfo, readPageInfo } from '../capture/page-info';
import { quoteSelection } from '../core/capture';
import type { EditBase } from '../core/edit';
import { type Category, type Clip, categoryLabel } from '../core/model';
import { issueTitle } from '../core/render';
import { listCategories } from '../storage/categories';
import { findClipsByUrl, toClip } from '../storage/clips';
import { getDraft } from '../storage/drafts';
import { getIssue } from '../storage/issues';
import { getSettings } from '../storage/settings';
import { t } from '../ui/i18n';
import {
  baseOf,
  defaultCategory,
  type ExistingClip,
  type FormFields,
  fieldsFromClip,
  fieldsFromTab,
  withDraft,
} from './form';
import { targetTab } from './target-tab';

export interface Capture {
  /** The tab's address as the popup opened: its draft's key, whatever the URL field says. */
  tabUrl: string;
  fields: FormFields;
  categories: Category[];
  existing: ExistingClip | null;
  /** The clip this popup saved, so saving again edits it instead of clipping twice. */
  savedId?: string;
  /** The clip as this popup last knew it, so an edit made elsewhere is not overwritten. */
  base?: EditBase<Clip>;
}

export interface Loaded {
  capture: Capture;
  /** The page's description and selection, still arriving; null where none is wanted. */
  page: Promise<PageInfo> | null;
  /** The selection offered as a quote, unless a draft already holds the comment. */
  quote: (page: PageInfo) => string;
}

async function findExisting(url: string, categories: Category[]): Promise<ExistingClip | null> {
  const [stored] = (await findClipsByUrl(url)).filter((c) => !c.deletedAt);
  if (!stored) return null;
  const issue = await getIssue(stored.issueId);
  const category = categories.find((c) => c.id === stored.categoryId);
  return {
    clip: toClip(stored),
    issueTitle: issue ? issueTitle(issue) : '',
    categoryLabel: category ? categoryLabel(category) : '',
  };
}

async function load(): Promise<Loaded> {
  const tab = await targetTab();
  if (!tab?.url) throw new Error(t('popupNoAddress'));
  // Browser pages, the Web Store, files: a digest links to the web.
  if (!/^https?:/i.test(tab.url)) throw new Error(t('popupNotWebPage'));
  // The page script and the database reads do not depend on each other: start both.
  const page = tab.id === undefined ? null : readPageInfo(tab.id);
  const [categories, settings, draft] = await Promise.all([
    listCategories(),
    getSettings(),
    getDraft(tab.url),
  ]);
  const existing = await findExisting(tab.url, categories);
  const base = existing
    ? fieldsFromClip(existing.clip)
    : fieldsFromTab(tab.url, tab.title ?? '', defaultCategory(categories, settings.lastCategoryId));
  return {
    capture: {
      tabUrl: tab.url,
      fields: withDraft(base, draft, categories, existing?.clip.updatedAt),
      categories,
      existing,
      ...(existing ? { base: baseOf(existing.clip) } : {}),
    },
    page: existing ? null : page,
    quote: (info) => (draft ? '' : quoteSelection(info.selection)),
  };
}

let started: Promise<Loaded> | undefined;

/**
 * Started by main.tsx before the first render, so the tab lookup and the reads overlap
 * the page's own start-up instead of waiting for an effect after the first frame.
 */
export function loadCapture(): Promise<Loaded> {
  started ??= load();
  return started;
}
