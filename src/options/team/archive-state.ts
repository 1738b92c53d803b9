import browser from 'webextension-polyfill';
import { type ArchiveState, EMPTY_ARCHIVE_STATE } from '../../team/archive-import';

/**
 * What the last archive read of a digest found (path -> blob id), beside the repository
 * settings in the extension's local storage, so the next read, after a browser restart
 * too, fetches only new or changed files. It belongs to one repository and branch: read
 * from another, the archive is read whole again. It is only a shortcut: a path it names
 * whose issue is not in the database is read again (team/archive-import.ts).
 */

interface Stored {
  url: string;
  branch: string;
  state: ArchiveState;
}

const keyOf = (digestId: string) => `teamArchive:${digestId}`;

function isState(value: unknown): value is ArchiveState {
  const state = value as ArchiveState | undefined;
  return (
    !!state &&
    typeof state.files === 'object' &&
    state.files !== null &&
    typeof state.unreadable === 'object' &&
    state.unreadable !== null
  );
}

export async function loadArchiveState(
  digestId: string,
  url: string,
  branch: string,
): Promise<ArchiveState> {
  const key = keyOf(digestId);
  const stored = (await browser.storage.local.get(key))[key] as Stored | undefined;
  if (!stored || stored.url !== url || stored.branch !== branch || !isState(stored.state)) {
    return EMPTY_ARCHIVE_STATE;
  }
  return stored.state;
}

export async function saveArchiveState(
  digestId: string,
  url: string,
  branch: string,
  state: ArchiveState,
): Promise<void> {
  const stored: Stored = { url, branch, state };
  await browser.storage.local.set({ [keyOf(digestId)]: stored });
}
