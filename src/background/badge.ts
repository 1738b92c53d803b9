import browser from 'webextension-polyfill';
import { countClips } from '../storage/clips';
import { getCurrentDraft } from '../storage/issues';
import { workerLocale } from './context';

const COLORS = { count: '#2563eb', saved: '#1a7f37', exists: '#9a6700', error: '#b42318' } as const;
const FLASH_MS = 1500;
const FLASH_TEXT = { saved: '✓', exists: '=', error: '!' } as const;

// While a mark is shown, count updates wait for it to end rather than hide it at once.
let flashUntil = 0;

/** Shows the number of clips in the current draft issue on the toolbar button. */
export async function refreshBadge(): Promise<number> {
  const draft = await getCurrentDraft({ locale: workerLocale() });
  const count = await countClips(draft.id);
  if (Date.now() < flashUntil) return count;
  await browser.action.setBadgeBackgroundColor({ color: COLORS.count });
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setTitle({
    title: browser.i18n.getMessage('actionTitle') || 'Clip this page',
  });
  return count;
}

let refreshing: Promise<unknown> | undefined;
let again = false;

/**
 * A recount after a change, coalesced: while one runs, any number of further changes ask
 * for just one more after it. A run of saves would otherwise queue a count per save, each
 * waiting on the next save's write.
 */
export function scheduleBadgeRefresh(): void {
  if (refreshing) {
    again = true;
    return;
  }
  refreshing = refreshBadge()
    .catch(() => undefined)
    .finally(() => {
      refreshing = undefined;
      if (again) {
        again = false;
        scheduleBadgeRefresh();
      }
    });
}

/** Resolves once no recount is running or asked for (tests wait on it). */
export async function badgeSettled(): Promise<void> {
  while (refreshing) await refreshing;
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
    const why = reason ?? (browser.i18n.getMessage('badgeNotSaved') || 'the clip was not saved');
    await browser.action.setTitle({
      title: browser.i18n.getMessage('badgeError', [why]) || `Digest Clipper: ${why}`,
    });
    return;
  }
  if (reason) await browser.action.setTitle({ title: `Digest Clipper: ${reason}` });
  setTimeout(() => void refreshBadge().catch(() => undefined), FLASH_MS);
}
