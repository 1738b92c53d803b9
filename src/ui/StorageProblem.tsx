import { StorageUnavailableError } from '../storage/errors';

/** True for the error every page shows as a StorageProblem instead of failing silently. */
export function isStorageUnavailable(error: unknown): error is StorageUnavailableError {
  return error instanceof StorageUnavailableError;
}

const FALLBACK =
  'Digest Clipper cannot open its storage. The browser may be in a private window or have site data turned off.';

/**
 * A plain message for when IndexedDB cannot be opened (private windows, storage turned
 * off, a database from a newer version). It says what happened and what to do, and that
 * nothing was deleted: the usual fear when a list of clips suddenly shows nothing.
 */
export function StorageProblem({ error }: { error?: unknown }) {
  const message = isStorageUnavailable(error) ? error.message : FALLBACK;
  return (
    <div role="alert" class="storage-problem">
      <h2>Your clips cannot be shown right now</h2>
      <p>{message}</p>
      <p>
        Nothing has been deleted. Open Digest Clipper in a normal (not private) window, allow site
        data for extensions in the browser settings, then reopen this page.
      </p>
    </div>
  );
}
