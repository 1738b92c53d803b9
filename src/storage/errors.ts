import type { TooLong } from '../core/model/fits';

/**
 * Storage failures the user can act on, with messages fit to show as they are. The
 * original error stays in `cause` for the console.
 */

/** Why storage cannot be opened: each has its own remedy for the user. */
export type UnavailableReason = 'unavailable' | 'newer' | 'full' | 'blocked';

export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
  constructor(
    message: string,
    options: { cause?: unknown } = {},
    readonly reason: UnavailableReason = 'unavailable',
  ) {
    super(message, options);
  }
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

/**
 * A write named an issue as the draft after it was published (in another window): only a
 * draft takes clips, and a published issue's Markdown is frozen.
 */
export class IssueNotDraftError extends Error {
  override name = 'IssueNotDraftError';
  constructor(readonly issueId: string) {
    super(
      'This issue was published in another window since this page showed it, so nothing was saved. Reload the page to work on the current draft.',
    );
  }
}

/**
 * A clip could not come back from the trash: its page was clipped again meanwhile (a
 * menu, the popup), and two live clips of one page are what the duplicate check exists to
 * prevent. The trashed clip stays in the trash, so nothing is lost either way.
 */
export class ClippedAgainError extends Error {
  override name = 'ClippedAgainError';
  constructor(
    readonly clipId: string,
    /** The heading of the page's clip that is live now. */
    readonly liveHeading: string,
  ) {
    super(
      `This page was clipped again after it went to the trash ("${liveHeading}"), so this clip stays in the trash. Copy what you need from it there, or delete the newer clip and restore this one.`,
    );
  }
}

/**
 * An import that replaces a draft was confirmed for a number of clips going to the trash,
 * and the draft has another number now (a clip saved from the popup meanwhile): nothing
 * was imported, so nothing went to the trash that the editor was not told of.
 */
export class DraftChangedError extends Error {
  override name = 'DraftChangedError';
  constructor(
    readonly confirmed: number,
    readonly now: number,
  ) {
    super(
      `The draft changed since the import was confirmed: it has ${now} clips now, not ${confirmed}. Nothing was imported; import again to see what goes to the trash.`,
    );
  }
}

/**
 * A field over the limit every door of the data keeps (core/model/fits.ts): refused, so
 * nothing is stored that a backup could not carry and a restore would refuse.
 */
export class TooLongError extends Error {
  override name = 'TooLongError';
  constructor(readonly problem: TooLong) {
    const where = problem.item === undefined ? '' : ` of "${problem.item.slice(0, 80)}"`;
    super(
      `The ${problem.field}${where} is too long: ${problem.length.toLocaleString('en')} characters, and the limit is ${problem.max.toLocaleString('en')}, so nothing was saved (a backup could not hold it).`,
    );
  }
}

function errorName(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.name : '';
}

/**
 * A full disk, however the browser words it: QuotaExceededError, or (Chromium opening a
 * database whose last write ran out of space) an error whose message names the space.
 */
export function isNoSpace(error: unknown): boolean {
  if (errorName(error) === 'QuotaExceededError') return true;
  const message = error instanceof Error || error instanceof DOMException ? error.message : '';
  return /quota|no space|disk (is )?full|ENOSPC/i.test(message);
}

const MESSAGES: Record<Exclude<UnavailableReason, 'blocked'>, string> = {
  newer:
    'Your clips were saved by a newer version of Digest Clipper. Update the extension to open them.',
  full:
    'Digest Clipper cannot open its storage because the disk is full (QuotaExceededError). ' +
    'Free some disk space, then reopen this page; nothing was deleted.',
  unavailable:
    'Digest Clipper cannot open its storage. The browser may be in a private window or have ' +
    'site data turned off; clips cannot be saved until storage is available again.',
};

/**
 * Whether the origin's storage is all but used up. A disk that filled during a restore
 * can leave Chromium failing to open with an UnknownError that does not name the space;
 * the quota, which follows the free disk space, still tells.
 */
export async function storageNearlyFull(): Promise<boolean> {
  const storage = (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
  const estimate = await storage?.estimate?.().catch(() => undefined);
  return !!estimate?.quota && (estimate.usage ?? 0) / estimate.quota > 0.98;
}

/** For a failure to open: IndexedDB missing, refused (private windows), full, or newer. */
export function unavailable(error: unknown, nearlyFull = false): StorageUnavailableError {
  const full = isNoSpace(error) || (nearlyFull && errorName(error) === 'UnknownError');
  const reason: UnavailableReason =
    errorName(error) === 'VersionError' ? 'newer' : full ? 'full' : 'unavailable';
  return new StorageUnavailableError(MESSAGES[reason], { cause: error }, reason);
}

/** For a failed operation: a full disk becomes `StorageFullError`, the rest pass through. */
export function storageError(error: unknown): unknown {
  if (error instanceof StorageUnavailableError || error instanceof StorageFullError) return error;
  if (isNoSpace(error)) {
    return new StorageFullError(
      'There is no room left to save clips. Free some disk space or empty the trash, then try again; nothing was saved.',
      { cause: error },
    );
  }
  return error;
}
