/**
 * Storage failures the user can act on, with messages fit to show as they are. The
 * original error stays in `cause` for the console.
 */

export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

/** A save named a category that is gone (removed in another window since it was chosen). */
export class CategoryMissingError extends Error {
  override name = 'CategoryMissingError';
  constructor(readonly categoryId: string) {
    super(
      'The chosen category no longer exists (it was removed in the workspace). Choose another category and save again.',
    );
  }
}

function errorName(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.name : '';
}

/** For a failure to open: IndexedDB missing, refused (private windows) or newer than us. */
export function unavailable(error: unknown): StorageUnavailableError {
  const message =
    errorName(error) === 'VersionError'
      ? 'Your clips were saved by a newer version of Digest Clipper. Update the extension to open them.'
      : 'Digest Clipper cannot open its storage. The browser may be in a private window or have ' +
        'site data turned off; clips cannot be saved until storage is available again.';
  return new StorageUnavailableError(message, { cause: error });
}

/** For a failed operation: a full disk becomes `StorageFullError`, the rest pass through. */
export function storageError(error: unknown): unknown {
  if (error instanceof StorageUnavailableError || error instanceof StorageFullError) return error;
  if (errorName(error) === 'QuotaExceededError') {
    return new StorageFullError(
      'There is no room left to save clips. Free some disk space or empty the trash, then try again; nothing was saved.',
      { cause: error },
    );
  }
  return error;
}
