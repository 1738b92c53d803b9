import type { Tabs } from 'webextension-polyfill';
import { checkClipInput } from '../core/capture/clip-input';
import { clipInputFromPage } from '../core/capture/from-page';
import { captureClip } from '../storage/clips/capture';
import { getSettings, setSetting } from '../storage/digests/settings';

/**
 * Clips a tab into a category of the draft. The duplicate check and the write share
 * storage's one transaction (captureClip); a tab clipped before moves to the chosen
 * category instead of being clipped twice. The panel stays open, so it writes itself.
 */
export async function clipTab(tab: Tabs.Tab, issueId: string, categoryId: string) {
  const checked = checkClipInput(
    clipInputFromPage({ url: tab.url ?? '', title: tab.title ?? '', categoryId }),
  );
  if (!checked.ok) throw new Error(checked.error);
  const { clippedBy } = await getSettings();
  const { url, heading, description, comment } = checked.value;
  const outcome = await captureClip(
    {
      url,
      pageTitle: checked.value.pageTitle,
      heading,
      description,
      comment,
      categoryId,
      issueId,
      ...(clippedBy ? { clippedBy } : {}),
    },
    { move: true },
  );
  await setSetting('lastCategoryId', categoryId);
  return outcome;
}
