import browser from 'webextension-polyfill';
import type { Responses } from '../core/messages';
import { flashBadge } from './badge';

type SaveResult = Responses['save-clip'];

/** The tooltip for a page clipped before: where the clip is now, or why it stayed. */
function existsNote(result: Extract<SaveResult, { ok: true }>): string {
  if (result.moved) return browser.i18n.getMessage('badgeMoved');
  if (result.elsewhere) return browser.i18n.getMessage('badgeInPastIssue');
  return browser.i18n.getMessage('badgeAlreadyClipped');
}

/**
 * What a save from a menu or the shortcut shows on the toolbar badge: ✓ for a new clip,
 * = for a page clipped before (and where it is now), ! with the reason for a refusal.
 */
export function showSaveOnBadge(result: SaveResult): Promise<void> {
  if (!result.ok) return flashBadge('error', result.error);
  if (result.created) return flashBadge('saved');
  return flashBadge('exists', existsNote(result));
}
