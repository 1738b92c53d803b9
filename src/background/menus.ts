import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { readPageInfo } from '../capture/page-info';
import { quoteSelection } from '../core/capture/clip-input';
import { clipInputFromPage } from '../core/capture/from-page';
import { captureUrl } from '../core/links/canonical';
import { categoryLabel } from '../core/model';
import { listCategories } from '../storage/categories/categories';
import { t } from '../ui/i18n';
import { showSaveOnBadge } from './badge-mark';
import { clipWindowTabs } from './clip-tabs';
import { saveContext } from './context';
import { saveCapture } from './save';

/** Where a menu was opened; each has its own parent item with a submenu per category. */
const KINDS = {
  page: { contexts: ['page'], title: 'menuClipPage' },
  link: { contexts: ['link'], title: 'menuClipLink' },
  selection: { contexts: ['selection'], title: 'menuClipSelection' },
} as const;
type Kind = keyof typeof KINDS;
const ALL_TABS = 'all-tabs';

/**
 * Menus persist across service-worker restarts, so they are rebuilt from scratch (never
 * created at top level, which throws duplicate-id errors) on install and whenever the
 * categories or the current digest change: they list the current digest's sections.
 */
export async function createMenus(): Promise<void> {
  const categories = await listCategories();
  await browser.contextMenus.removeAll();
  // The window's tabs go to the inbox, not a section: one item, no submenu.
  browser.contextMenus.create({
    id: ALL_TABS,
    title: t('menuClipAllTabs'),
    contexts: ['page', 'action'],
  });
  for (const [kind, spec] of Object.entries(KINDS) as [Kind, (typeof KINDS)[Kind]][]) {
    browser.contextMenus.create({
      id: kind,
      title: t(spec.title),
      contexts: [...spec.contexts],
    });
    for (const category of categories) {
      browser.contextMenus.create({
        id: `${kind}:${category.id}`,
        parentId: kind,
        title: categoryLabel(category),
        contexts: [...spec.contexts],
      });
    }
  }
}

/** The clip a menu click describes; exported so tests run what the real worker runs. */
export async function captureFromMenu(info: Menus.OnClickData, tab: Tabs.Tab | undefined) {
  const [kind, categoryId] = String(info.menuItemId).split(':') as [Kind, string];
  const linkUrl = kind === 'link' ? (info.linkUrl ?? '') : null;
  const page = tab?.id === undefined ? null : await readPageInfo(tab.id, linkUrl);
  const pageTitle =
    kind === 'link' ? (page?.linkText ?? '') || (linkUrl ?? '') : (tab?.title ?? page?.title ?? '');
  // A page clipped takes its canonical address on its site; a link, its own without
  // trackers (the page's declared addresses are not the link's).
  const url = captureUrl(
    linkUrl ?? info.pageUrl ?? tab?.url ?? '',
    kind === 'link' ? [] : (page?.declared ?? []),
  ).url;
  return clipInputFromPage({
    url,
    title: pageTitle,
    description: kind === 'link' ? '' : (page?.description ?? ''),
    comment:
      kind === 'selection' ? quoteSelection(info.selectionText ?? page?.selection ?? '') : '',
    categoryId,
  });
}

export async function handleMenuClick(info: Menus.OnClickData, tab?: Tabs.Tab) {
  if (info.menuItemId === ALL_TABS) return clipWindowTabs(tab?.windowId);
  if (!String(info.menuItemId).includes(':')) return undefined;
  // The submenu names a category: a page clipped before moves there (in this draft).
  const result = await saveCapture(await captureFromMenu(info, tab), {
    ...saveContext(),
    move: true,
  });
  await showSaveOnBadge(result);
  return result;
}
