import { useCallback, useState } from 'preact/hooks';
import type { IssueDocument } from '../core/model';
import { loadIssueDocument } from '../storage/documents';
import { getCurrentDraft } from '../storage/issues';
import { uiLanguage } from '../ui/i18n';
import { useReloadOnChange } from '../ui/use-reload-on-change';

export type DraftState =
  | { status: 'loading' }
  | { status: 'ready'; doc: IssueDocument }
  | { status: 'error'; error: unknown };

const SHOWN = new Set(['issues', 'clips', 'categories']);

/**
 * The current draft, read again after any context commits a write (the workspace, the
 * popup, a menu, this panel), so the panel and the workspace follow each other live.
 */
export function useDraft() {
  const [state, setState] = useState<DraftState>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      const draft = await getCurrentDraft({ locale: uiLanguage() });
      const doc = await loadIssueDocument(draft.id);
      setState({ status: 'ready', doc: doc ?? { issue: draft, categories: [], clips: [] } });
    } catch (error) {
      setState({ status: 'error', error });
    }
  }, []);
  useReloadOnChange(reload, SHOWN);
  return { state, reload };
}
