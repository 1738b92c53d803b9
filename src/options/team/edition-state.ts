import browser from 'webextension-polyfill';

/**
 * The edition a digest's current issue was opened from: its path, the repository and
 * branch, the commit read and the file's text then. That text is the base a later sync
 * merges against (what both sides started from), so it is kept in the extension's local
 * storage and survives a browser restart. `base` is null for an edition started here and
 * not yet in the repository.
 */
export interface EditionState {
  url: string;
  branch: string;
  path: string;
  head: string;
  base: string | null;
  /** The issue it was opened into: another draft is another edition. */
  issueId: string;
  /** The branch this editor's proposal went to, once proposed. */
  proposal?: string;
}

const keyOf = (digestId: string) => `teamEdition:${digestId}`;

function isState(value: unknown): value is EditionState {
  const state = value as Partial<EditionState> | undefined;
  return (
    !!state &&
    typeof state.url === 'string' &&
    typeof state.branch === 'string' &&
    typeof state.path === 'string' &&
    typeof state.head === 'string' &&
    typeof state.issueId === 'string' &&
    (state.base === null || typeof state.base === 'string')
  );
}

export async function loadEditionState(digestId: string): Promise<EditionState | null> {
  const key = keyOf(digestId);
  const stored = (await browser.storage.local.get(key))[key];
  return isState(stored) ? stored : null;
}

export async function saveEditionState(digestId: string, state: EditionState): Promise<void> {
  await browser.storage.local.set({ [keyOf(digestId)]: state });
}
