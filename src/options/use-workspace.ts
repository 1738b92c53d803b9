import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Issue } from '../core/model';
import { countTrash } from '../storage/clips/trash';
import { countIssues } from '../storage/issues/issues';
import { afterPaint } from '../ui/after-paint';
import { useReloadOnChange } from '../ui/use-reload-on-change';
import { errorText } from './shared/notify';
import {
  arrivedFirstRead,
  load,
  takeFirstRead,
  type Wants,
  WORKSPACE_STORES,
  type WorkspaceData,
} from './workspace-data';

/** The nav labels' counts, read after the first render (`null` until then). */
export interface Counts {
  trash: number | null;
  past: number | null;
}

export type WorkspaceState =
  | { status: 'loading' }
  | { status: 'ready'; data: WorkspaceData }
  | { status: 'error'; message: string };

/**
 * The workspace's data, read again whenever any context commits a write (the popup, a
 * menu, another workspace, this page): `onChange` is announced after `tx.done`, so the
 * read sees it. Reads are coalesced: a burst of notices costs one read after the current
 * one. Edits in progress live in their components' own state, so a reload never clobbers them.
 */
export function useWorkspace(wants: Wants) {
  // The draft read before the first render, when it has arrived: the first frame shows it.
  const [state, setState] = useState<WorkspaceState>(() => {
    const data = arrivedFirstRead();
    return data ? { status: 'ready', data } : { status: 'loading' };
  });
  const [counts, setCounts] = useState<Counts>({ trash: null, past: null });
  const wanted = useRef(wants);
  wanted.current = wants;
  // The counts are read again after each read of the data, coalesced like it.
  const counting = useRef<'idle' | 'running' | 'again'>('idle');
  const askedAgain = () => counting.current === 'again';
  const recount = useCallback(() => {
    if (counting.current !== 'idle') {
      counting.current = 'again';
      return;
    }
    counting.current = 'running';
    afterPaint(async () => {
      do {
        counting.current = 'running';
        try {
          const [trash, past] = await Promise.all([countTrash(), countIssues('published')]);
          setCounts({ trash, past });
        } catch {
          // The counts are a hint; the next read tries again.
        }
      } while (askedAgain());
      counting.current = 'idle';
    });
  }, []);
  // Each request gets a number; a read started after it answers it. Requests that arrive
  // during a read share the next one, however many come (a burst of notices).
  const requested = useRef(0);
  const running = useRef(false);
  const waiters = useRef<{ ticket: number; done: () => void }[]>([]);

  /** Resolves once data read after this call is shown, so callers can act on it. */
  const reload = useCallback((): Promise<void> => {
    const ticket = ++requested.current;
    const answered = new Promise<void>((done) => waiters.current.push({ ticket, done }));
    if (!running.current) {
      running.current = true;
      (async () => {
        let served = 0;
        while (served < requested.current) {
          const covers = requested.current;
          try {
            const { trash, past } = wanted.current;
            const early = trash || past ? null : takeFirstRead();
            const data = await (early ?? load(wanted.current));
            // The first read, already shown by the first render, renders nothing again.
            setState((now) =>
              now.status === 'ready' && now.data === data ? now : { status: 'ready', data },
            );
            recount();
          } catch (error) {
            setState({ status: 'error', message: errorText(error) });
          }
          served = covers;
          const ready = waiters.current.filter((w) => w.ticket <= served);
          waiters.current = waiters.current.filter((w) => w.ticket > served);
          for (const waiter of ready) waiter.done();
        }
        running.current = false;
      })();
    }
    return answered;
  }, [recount]);

  // Opening the Trash or Past issues reads its list; the draft view drops it again.
  const firstWants = useRef(true);
  useEffect(() => {
    if (firstWants.current) {
      firstWants.current = false;
      return;
    }
    reload();
  }, [wants.trash, wants.past, reload]);

  useReloadOnChange(reload, WORKSPACE_STORES);

  /** Shows a saved issue at once, before the change notice's reload arrives. */
  const showIssue = useCallback((issue: Issue) => {
    setState((current) =>
      current.status === 'ready' && current.data.doc.issue.id === issue.id
        ? { status: 'ready', data: { ...current.data, doc: { ...current.data.doc, issue } } }
        : current,
    );
  }, []);

  return { state, counts, reload, showIssue };
}
