import browser from 'webextension-polyfill';
import { countClips } from '../storage/clips/clips';
import { getCurrentDraft } from '../storage/issues/issues';
import { t, uiLanguage } from '../ui/i18n';

const COLORS = { count: '#2563eb', saved: '#1a7f37', exists: '#9a6700', error: '#b42318' } as const;
const FLASH_MS = 1500;
const FLASH_TEXT = { saved: '✓', exists: '=', error: '!' } as const;

// While a mark is shown, count updates wait for it to end rather than hide it at once.
let flashUntil = 0;

/** Shows the number of clips in the current draft issue on the toolbar button. */
export async function refreshBadge(): Promise<number> {
  const draft = await getCurrentDraft({ locale: uiLanguage() });
  const count = await countClips(draft.id);
  if (Date.now() < flashUntil) return count;
  await browser.action.setBadgeBackgroundColor({ color: COLORS.count });
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setTitle({
    title: t('actionTitle'),
  });
  return count;
}

/**
 * Feedback for clips saved without opening anything (menus, the shortcut): a mark for a
 * moment, then the count again. An error keeps its mark, and its reason in the tooltip,
 * until the next change; other marks may carry a note in the tooltip while shown.
 */
export async function flashBadge(kind: keyof typeof FLASH_TEXT, reason?: string): Promise<void> {
  flashUntil = kind === 'error' ? 0 : Date.now() + FLASH_MS;
  await browser.action.setBadgeBackgroundColor({ color: COLORS[kind] });
  await browser.action.setBadgeText({ text: FLASH_TEXT[kind] });
  if (kind === 'error') {
    const why = reason ?? t('badgeNotSaved');
    await browser.action.setTitle({
      title: t('badgeError', why),
    });
    return;
  }
  if (reason) await browser.action.setTitle({ title: `Digest Clipper: ${reason}` });
  setTimeout(() => void refreshBadge().catch(() => undefined), FLASH_MS);
}
