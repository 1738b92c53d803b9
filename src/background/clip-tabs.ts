import browser from 'webextension-polyfill';
import { candidatesFromTabs } from '../core/intake/tabs';
import { getSettings } from '../storage/digests/settings';
import { type AddOutcome, addCandidates } from '../storage/inbox/inbox';
import { t } from '../ui/i18n';
import { flashBadge } from './badge';

/**
 * "Clip all tabs in this window": the window's web pages become candidates in the current
 * digest's inbox; pages already in the inbox, the draft or a published issue are skipped
 * (checked in the write). Without permission to read the tabs' addresses (the optional
 * `tabs` permission, asked for by the side panel's button), the badge says so.
 */
export async function clipWindowTabs(windowId: number | undefined): Promise<AddOutcome | null> {
  const tabs = await browser.tabs.query(
    windowId === undefined ? { currentWindow: true } : { windowId },
  );
  const { candidates, unreadable } = candidatesFromTabs(tabs, t('inbox_windowName'));
  if (candidates.length === 0) {
    await flashBadge('error', unreadable ? t('badgeTabsUnreadable') : t('badgeNoTabs'));
    return null;
  }
  const { currentDigestId } = await getSettings();
  const outcome = await addCandidates(currentDigestId, candidates);
  await flashBadge('saved', t('badgeTabsAdded', outcome.added.length, outcome.already.length));
  return outcome;
}
