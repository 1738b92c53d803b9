import browser from 'webextension-polyfill';
import { countClips } from '../storage/clips';
import { getCurrentDraft } from '../storage/issues';

/** Shows the number of clips in the current draft issue on the toolbar button. */
export async function refreshBadge(): Promise<number> {
  const draft = await getCurrentDraft();
  const count = await countClips(draft.id);
  await browser.action.setBadgeBackgroundColor({ color: '#2563eb' });
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  return count;
}
