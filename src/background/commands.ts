import browser from 'webextension-polyfill';
import { readPageInfo } from '../capture/page-info';
import { suggestHeading } from '../core/title';
import { listCategories } from '../storage/categories';
import { getSettings } from '../storage/settings';
import { flashBadge } from './badge';
import { saveContext } from './context';
import { saveCapture } from './save';

/** The category the last clip went into, else the first one. */
async function lastUsedCategory(): Promise<string> {
  const [settings, categories] = await Promise.all([getSettings(), listCategories()]);
  const known = categories.some((c) => c.id === settings.lastCategoryId);
  return known ? settings.lastCategoryId : (categories[0]?.id ?? '');
}

/** `clip-page`: clips the current tab straight into the last used category. */
export async function handleCommand(command: string) {
  if (command !== 'clip-page') return undefined;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) {
    await flashBadge('error', browser.i18n.getMessage('badgeTabNotClippable'));
    return undefined;
  }
  const page = tab.id === undefined ? null : await readPageInfo(tab.id);
  const pageTitle = tab.title ?? page?.title ?? '';
  const result = await saveCapture(
    {
      url: tab.url,
      pageTitle,
      heading: suggestHeading(pageTitle, tab.url),
      description: page?.description ?? '',
      comment: '',
      categoryId: await lastUsedCategory(),
    },
    saveContext(),
  );
  await flashBadge(
    result.ok ? (result.created ? 'saved' : 'exists') : 'error',
    result.ok ? undefined : result.error,
  );
  return result;
}
