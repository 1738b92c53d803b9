import {
  ClippedAgainError,
  DraftChangedError,
  IssueNotDraftError,
  StorageFullError,
  StorageUnavailableError,
  TooLongError,
} from '../storage/errors';
import { t } from './i18n';
import { tooLongText } from './too-long';

/**
 * Storage's own errors in the user's language. Storage writes its messages in English
 * (it never asks browser.i18n); the kind of error is enough to say the same here.
 * Null for any other error, whose message the caller shows as it is.
 */
export function storageMessage(error: unknown): string | null {
  if (error instanceof StorageFullError) return t('storageFull');
  if (error instanceof ClippedAgainError) return t('storageClippedAgain', error.liveHeading);
  if (error instanceof IssueNotDraftError) return t('storageNotDraft');
  if (error instanceof TooLongError) return tooLongText(error.problem);
  if (error instanceof DraftChangedError)
    return t('storageDraftChanged', error.now, error.confirmed);
  if (!(error instanceof StorageUnavailableError)) return null;
  if (error.reason === 'newer') return t('storageNewer');
  if (error.reason === 'blocked') return t('storageBlocked');
  return error.reason === 'full' ? t('storageNoSpace') : t('storageUnavailable');
}

/**
 * What to do about storage that cannot be opened: a full disk needs space, not the
 * private-window and site-data advice, which would send the user the wrong way.
 */
export function storageAdvice(error: unknown): string {
  const reason = error instanceof StorageUnavailableError ? error.reason : 'unavailable';
  if (reason === 'full') return t('storageNoSpaceAdvice');
  return reason === 'blocked' ? t('storageBlockedAdvice') : t('storageProblemAdvice');
}
