import browser, { type Tabs } from 'webextension-polyfill';
import { readPageInfo } from '../capture/page-info';
import { clipInputFromPage } from '../core/capture/from-page';
import { captureUrl } from '../core/links/canonical';
import { listCategories } from '../storage/categories/categories';
import { getSettings } from '../storage/digests/settings';
import { t } from '../ui/i18n';
import { flashBadge } from './badge';
import { showSaveOnBadge } from './badge-mark';
import { clipWindowTabs } from './clip-tabs';
import { saveContext } from './context';
import { saveCapture } from './save';

/** The category the last clip went into, else the first one. */
async function lastUsedCategory(): Promise<string> {
  const [settings, categories] = await Promise.all([getSettings(), listCategories()]);
  const known = categories.some((c) => c.id === settings.lastCategoryId);
  return known ? settings.lastCategoryId : (categories[0]?.id ?? '');
}

type SidePanelApi = { sidePanel?: { open(options: { windowId: number }): Promise<void> } };

/**
 * `open-side-panel` (Chrome): Chrome honours `sidePanel.open()` only inside the user's
 * gesture, so it is called before anything is awaited. Firefox opens its sidebar through
 * `_execute_sidebar_action` and never sends this command.
 */
function openSidePanel(tab: Tabs.Tab | undefined) {
  const api = (globalThis as { chrome?: SidePanelApi }).chrome?.sidePanel;
  if (!api || tab?.windowId === undefined) return undefined;
  return api.open({ windowId: tab.windowId }).catch(() => undefined);
}

/** `clip-page`: clips the current tab straight into the last used category. */
export async function handleCommand(command: string, tab?: Tabs.Tab) {
  if (command === 'open-side-panel') return openSidePanel(tab);
  if (command === 'clip-all-tabs') return clipWindowTabs(tab?.windowId);
  if (command !== 'clip-page') return undefined;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!active?.url) {
    await flashBadge('error', t('badgeTabNotClippable'));
    return undefined;
  }
  const page = active.id === undefined ? null : await readPageInfo(active.id);
  const pageTitle = active.title ?? page?.title ?? '';
  const result = await saveCapture(
    clipInputFromPage({
      // The page's canonical address on its site, without trackers (core/links/canonical).
      url: captureUrl(active.url, page?.declared ?? []).url,
      title: pageTitle,
      description: page?.description ?? '',
      categoryId: await lastUsedCategory(),
    }),
    saveContext(),
  );
  await showSaveOnBadge(result);
  return result;
}
