import { StorageUnavailableError } from '../../storage/errors';
import { t } from '../../ui/i18n';
import { storageAdvice, storageMessage } from '../../ui/storage-message';

/** True for the error every page shows as a StorageProblem instead of failing silently. */
export function isStorageUnavailable(error: unknown): error is StorageUnavailableError {
  return error instanceof StorageUnavailableError;
}

/**
 * A plain message for when IndexedDB cannot be opened (private windows, storage turned
 * off, a database from a newer version). It says what happened and what to do, and that
 * nothing was deleted: the usual fear when a list of clips suddenly shows nothing.
 */
export function StorageProblem({ error }: { error?: unknown }) {
  return (
    <div role="alert" class="storage-problem">
      <h2>{t('storageProblemTitle')}</h2>
      <p>{storageMessage(error) ?? t('storageUnavailable')}</p>
      <p>{storageAdvice(error)}</p>
    </div>
  );
}
