import { t } from '../ui/i18n';
import { byId, saveButton, showText } from './dom';
import { state } from './state';

/**
 * The page is in a published issue, which stays as it is: Save adds it to the current
 * draft as a new clip (a follow-up), and the button and the notice say so. `where` names
 * the issue and section when they are known (the rest's read); without it the save error
 * already says what happened.
 */
export function offerFollowUp(where?: { issueTitle: string; categoryLabel: string }): void {
  state.followUp = true;
  state.existing = null;
  state.base = undefined;
  saveButton().textContent = t('popupAddFollowUp');
  if (!where) return;
  const notice = byId('already-clipped');
  const label = notice.querySelector('strong');
  if (label) label.textContent = t('popupAlreadyPublished');
  showText('already-where', t('popupPublishedWhere', where.issueTitle, where.categoryLabel));
  notice.removeAttribute('hidden');
}
