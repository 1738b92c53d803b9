import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Issue, IssueDocument } from '../core/model';
import {
  getCurrentDraft,
  listIssues,
  listTrash,
  loadIssueDocument,
  onChange,
  type StoredClip,
} from '../storage';

export interface WorkspaceData {
  /** The current draft with the workspace's categories and its clips. */
  doc: IssueDocument;
  trash: StoredClip[];
  /** Published issues, newest first. */
  past: Issue[];
}

export type WorkspaceState =
  | { status: 'loading' }
  | { status: 'ready'; data: WorkspaceData }
  | { status: 'error'; message: string };

async function load(): Promise<WorkspaceData> {
  const draft = await getCurrentDraft();
  const [doc, trash, past] = await Promise.all([
    loadIssueDocument(draft.id),
    listTrash(),
    listIssues('published'),
  ]);
  return { doc: doc ?? { issue: draft, categories: [], clips: [] }, trash, past };
}

/**
 * The workspace's data, read again whenever any context commits a write (the popup, a
 * menu, another workspace, this page): `onChange` is announced after `tx.done`, so the
 * read sees it. Reads are coalesced: a burst of notices costs one read after the current
 * one. Edits in progress live in their components' own state, so a reload never clobbers them.
 */
export function useWorkspace() {
  const [state, setState] = useState<WorkspaceState>({ status: 'loading' });
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  /** Resolves once data read after this call is shown, so callers can act on it. */
  const reload = useCallback((): Promise<void> => {
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const loop = (async () => {
      try {
        do {
          again.current = false;
          const data = await load();
          setState({ status: 'ready', data });
        } while (again.current);
      } catch (error) {
        setState({ status: 'error', message: (error as Error).message });
      } finally {
        running.current = null;
      }
    })();
    running.current = loop;
    return loop;
  }, []);

  useEffect(() => {
    reload();
    return onChange(() => reload());
  }, [reload]);

  /** Shows a saved issue at once, before the change notice's reload arrives. */
  const showIssue = useCallback((issue: Issue) => {
    setState((current) =>
      current.status === 'ready' && current.data.doc.issue.id === issue.id
        ? { status: 'ready', data: { ...current.data, doc: { ...current.data.doc, issue } } }
        : current,
    );
  }, []);

  return { state, reload, showIssue };
}
