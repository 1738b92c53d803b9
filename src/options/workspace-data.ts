import type { HouseStyle } from '../core/markdown';
import type { Issue, IssueDocument } from '../core/model';
import { onChange } from '../storage/changes';
import { listTrash } from '../storage/clips/trash';
import { listStyles } from '../storage/digests/styles';
import { loadCurrentDocument } from '../storage/issues/documents';
import { listIssues } from '../storage/issues/issues';
// Storage modules by name rather than the '../storage' index (which also re-exports the
// backup code and zod), so this module does not depend on them.
import type { StoredClip } from '../storage/schema/stores';
import { uiLanguage } from '../ui/i18n';
import { DRAFT_STORES } from '../ui/use-reload-on-change';

/** What the workspace shows: the draft, and the styles it renders in. */
export const WORKSPACE_STORES: ReadonlySet<string> = new Set([...DRAFT_STORES, 'styles']);

export interface WorkspaceData {
  /** The current draft with the workspace's categories and its clips. */
  doc: IssueDocument;
  /** Trashed clips, read only while the Trash view wants them (`null` otherwise). */
  trash: StoredClip[] | null;
  /** Published issues, newest first, read only while Past issues wants them. */
  past: Issue[] | null;
  /**
   * The editor's own house styles, read with the draft: a draft in one of them renders
   * in it from its first frame, not in a stand-in until a later read.
   */
  styles: HouseStyle[];
}

/** Which of the costly lists the shown view needs; the draft needs neither. */
export interface Wants {
  trash: boolean;
  past: boolean;
}

/**
 * The draft's own reads, plus the trash or the past issues only when their view is open:
 * the first render of the draft waits for nothing else. Reading every clip for the trash
 * or every published issue with its frozen Markdown costs hundreds of milliseconds.
 */
export async function load(wants: Wants): Promise<WorkspaceData> {
  const [doc, styles, trash, past] = await Promise.all([
    // A first draft made here speaks the language the page is shown in (core/locale.ts).
    loadCurrentDocument({ locale: uiLanguage() }),
    listStyles(),
    wants.trash ? listTrash() : null,
    wants.past ? listIssues('published') : null,
  ]);
  return { doc, styles, trash, past };
}

/**
 * The draft's first read, started by the page's script before its first render: the
 * workspace's own first read runs in an effect, which waits for the first frame. A write
 * to what it read that is announced before the workspace takes it makes it stale: the
 * workspace then reads afresh, so nothing committed in between is missed.
 */
let first: Promise<WorkspaceData> | null = null;
/** What `first` gave, once it has: the workspace's first render can show it at once. */
let arrived: WorkspaceData | null = null;
let stopWatching = (): void => {};

export function startFirstRead(): void {
  if (first) return;
  const read = load({ trash: false, past: false });
  first = read;
  // Taken by the workspace's first read; until then a failure is its to report.
  read.then(
    (data) => {
      if (first === read) arrived = data;
    },
    () => undefined,
  );
  stopWatching = onChange((notice) => {
    if (notice.stores.some((store) => WORKSPACE_STORES.has(store))) dropFirstRead();
  });
}

/**
 * Resolves once the first read has settled (or was dropped), or after `maxMs`: the page
 * renders then, so that its first frame shows the draft instead of a "Loading" line one
 * frame ahead of it. A slow database still gets that line after `maxMs`.
 */
export function firstReadSettled(maxMs: number): Promise<void> {
  const read = first;
  if (!read) return Promise.resolve();
  return Promise.race([
    read.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((done) => setTimeout(done, maxMs)),
  ]);
}

/**
 * The first read's data if it has arrived and no write has made it stale since, for the
 * workspace's first render; it stays to be taken by `takeFirstRead`, which then gives the
 * same object, so showing it again changes nothing.
 */
export function arrivedFirstRead(): WorkspaceData | null {
  return first ? arrived : null;
}

/** The read started early, once, unless a write made it stale; `null` means read now. */
export function takeFirstRead(): Promise<WorkspaceData> | null {
  const taken = first;
  dropFirstRead();
  return taken;
}

function dropFirstRead(): void {
  first = null;
  arrived = null;
  stopWatching();
  stopWatching = () => {};
}
