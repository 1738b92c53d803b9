import { StorageFullError, StorageUnavailableError } from '../storage/errors';
import { t } from './i18n';

function causeName(error: Error): string {
  const cause = error.cause;
  return cause instanceof Error || cause instanceof DOMException ? cause.name : '';
}

/**
 * Storage's own errors in the user's language. Storage writes its messages in English
 * (it never asks browser.i18n); the kind of error is enough to say the same here.
 * Null for any other error, whose message the caller shows as it is.
 */
export function storageMessage(error: unknown): string | null {
  if (error instanceof StorageFullError) return t('storageFull');
  if (!(error instanceof StorageUnavailableError)) return null;
  return causeName(error) === 'VersionError' ? t('storageNewer') : t('storageUnavailable');
}
