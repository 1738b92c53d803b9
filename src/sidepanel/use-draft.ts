import { useCallback, useState } from 'preact/hooks';
import type { IssueDocument } from '../core/model';
import { loadCurrentDocument } from '../storage/issues/documents';
import { uiLanguage } from '../ui/i18n';
import { DRAFT_STORES, useReloadOnChange } from '../ui/use-reload-on-change';

export type DraftState =
  | { status: 'loading' }
  | { status: 'ready'; doc: IssueDocument }
  | { status: 'error'; error: unknown };

/**
 * The current draft, read again after any context commits a write (the workspace, the
 * popup, a menu, this panel), so the panel and the workspace follow each other live.
 */
export function useDraft() {
  const [state, setState] = useState<DraftState>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      setState({ status: 'ready', doc: await loadCurrentDocument({ locale: uiLanguage() }) });
    } catch (error) {
      setState({ status: 'error', error });
    }
  }, []);
  useReloadOnChange(reload, DRAFT_STORES);
  return { state, reload };
}
