import type { Responses } from '../core/messages';
import { t } from '../ui/i18n';
import { flashBadge } from './badge';

/** The worker's answer to a save (the popup names it the same). */
type SaveAnswer = Responses['save-clip'];

/** The tooltip for a page clipped before: where the clip is now, or why it stayed. */
function existsNote(result: Extract<SaveAnswer, { ok: true }>): string {
  if (result.moved) return t('badgeMoved');
  if (result.published) return t('badgeInPastIssue');
  if (result.elsewhere) return t('badgeInOtherDraft');
  return t('badgeAlreadyClipped');
}

/**
 * What a save from a menu or the shortcut shows on the toolbar badge: ✓ for a new clip,
 * = for a page clipped before (and where it is now), ! with the reason for a refusal.
 */
export function showSaveOnBadge(result: SaveAnswer): Promise<void> {
  if (!result.ok) return flashBadge('error', result.error);
  if (result.created) return flashBadge('saved');
  return flashBadge('exists', existsNote(result));
}
