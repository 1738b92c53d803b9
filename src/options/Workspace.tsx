import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { renderIssue } from '../core/markdown';
import { afterPaint } from '../ui/after-paint';
import { useAfterFirstPaint } from '../ui/first-screen';
import { t } from '../ui/i18n';
import { usePageKeys } from '../ui/outline/page-keys';
import type { ImportDialogProps } from './draft/ImportDialog';
import { PublishDialog } from './draft/lazy-publish-dialog';
import { lazyComponent } from './shared/lazy';
import { type IssueTextKey, withLive } from './shared/live-issue';
import { NotifyContext, type ToastMessage } from './shared/notify';
import { Toast } from './shared/Toast';
import { CustomStylesContext, useSameStyles } from './shared/use-styles';
import type { ViewProps } from './shared/view-props';
import { DigestSwitcher } from './styles/DigestSwitcher';
import { useWorkspace } from './use-workspace';
import { VIEWS, type ViewId, viewOf } from './views';

const ShortcutsDialog = lazyComponent(() =>
  import('../ui/outline/ShortcutsDialog').then((m) => m.ShortcutsDialog),
);
// The Markdown import (and its parser) loads when first opened.
const ImportDialog = lazyComponent<ImportDialogProps>(() =>
  import('./draft/ImportDialog').then((module) => module.ImportDialog),
);
// Fetched after the draft's first paint, so the first screen's scripts hold only the draft.
const A_CLICK_AWAY = [
  ...VIEWS.flatMap((entry) => ('preload' in entry && entry.component ? [entry.component] : [])),
  PublishDialog,
  ShortcutsDialog,
];

type Live = Partial<Record<IssueTextKey, string>>;

/** The options page: the issue workspace, its views listed in views.tsx. */
export function Workspace() {
  const [view, setView] = useState<ViewId>('draft');
  const entry = viewOf(view);
  const { state, counts, reload, showIssue } = useWorkspace({
    trash: entry.list === 'trash',
    past: entry.list === 'past',
  });
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [importing, setImporting] = useState(false);
  const [live, setLive] = useState<Live>({});
  const [showClip, setShowClip] = useState<{ clipId: string; token: number } | null>(null);
  const [help, setHelp] = useState(false);
  const [carry, setCarry] = useState<string[] | null>(null);
  const data = state.status === 'ready' ? state.data : null;
  const draftId = data?.doc.issue.id;

  const ready = data !== null;
  useEffect(() => {
    if (!ready) return;
    afterPaint(() => {
      for (const component of A_CLICK_AWAY) component.preload?.();
    });
  }, [ready]);

  // A new draft (after publishing or in another window) starts without unsaved text.
  // Kept as it is when already empty: a new object would render the whole workspace again
  // (and its Markdown) right after its first frame.
  useEffect(() => setLive((now) => (Object.keys(now).length === 0 ? now : {})), [draftId]);
  usePageKeys({
    search: () => setView('search'),
    publish: () => view === 'draft' && setCarry([]),
    help: () => setHelp(true),
  });

  // Issue fields save a moment after typing stops; closing the tab inside that moment
  // would lose the last words, so the browser asks first.
  useEffect(() => {
    if (Object.keys(live).length === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [live]);

  const onLive = useCallback((key: IssueTextKey, value: string | null) => {
    setLive(({ [key]: _old, ...rest }) => (value === null ? rest : { ...rest, [key]: value }));
  }, []);
  const shown = useMemo(
    () => data && { ...data.doc, issue: withLive(data.doc.issue, live) },
    [data, live],
  );
  const customStyles = useSameStyles(data?.styles);
  // The draft's rows are painted first; the Markdown and the sidebar that shows it
  // (export, checks, preview) follow a frame later, so the first screen waits for neither.
  const besideFirst = useAfterFirstPaint(ready);
  const markdown = useMemo(
    () => (shown && besideFirst ? renderIssue(shown, shown.issue.style, customStyles) : null),
    [shown, customStyles, besideFirst],
  );
  const showInDraft = useCallback((clipId: string) => {
    setShowClip({ clipId, token: Date.now() });
    setView('draft');
  }, []);
  const props: ViewProps | null = data &&
    shown && {
      draft: data.doc,
      doc: shown,
      markdown,
      trash: data.trash,
      past: data.past,
      reload,
      showIssue,
      showInDraft,
      onLive,
      onCarryOver: setCarry,
      focusRequest: showClip,
    };
  const listed = {
    trash: data?.trash?.length ?? counts.trash,
    past: data?.past?.length ?? counts.past,
  };
  const Shown = entry.component;
  const Standalone = entry.standalone;

  return (
    <NotifyContext.Provider value={setToast}>
      <CustomStylesContext.Provider value={customStyles}>
        <header class="top">
          <h1>{t('ws_appTitle')}</h1>
          <DigestSwitcher onChanged={() => reload()} />
          <nav aria-label={t('ws_views')} class="row">
            {VIEWS.map((tab) => (
              <button
                key={tab.id}
                type="button"
                aria-current={view === tab.id ? 'page' : undefined}
                onClick={() => setView(tab.id)}
              >
                {'list' in tab ? `${t(tab.label)} (${listed[tab.list] ?? 0})` : t(tab.label)}
              </button>
            ))}
            <button type="button" disabled={!data} onClick={() => setImporting(true)}>
              {t('ws_importMarkdown')}
            </button>
            <button type="button" class="quiet" aria-keyshortcuts="?" onClick={() => setHelp(true)}>
              {t('ol_shortcutsButton')}
            </button>
          </nav>
        </header>
        <main class="workspace">
          {state.status === 'loading' && <p class="muted">{t('ws_loading')}</p>}
          {state.status === 'error' && (
            <p role="alert" class="error">
              {state.message}
            </p>
          )}
          {Standalone && <Standalone reload={reload} />}
          {Shown && props && entry.list && !props[entry.list] && (
            <p class="muted">{t('ws_loading')}</p>
          )}
          {Shown && props && (!entry.list || props[entry.list]) && <Shown {...props} />}
        </main>
        {importing && data && (
          <ImportDialog
            draftId={data.doc.issue.id}
            onClose={() => setImporting(false)}
            onImported={() => {
              setImporting(false);
              setView('draft');
              reload();
            }}
          />
        )}
        {carry && shown && (
          <PublishDialog
            doc={shown}
            initialCarry={carry}
            onClose={() => setCarry(null)}
            onPublished={() => {
              setCarry(null);
              reload();
            }}
          />
        )}
        {help && <ShortcutsDialog workspace onClose={() => setHelp(false)} />}
        <Toast message={toast} onDismiss={() => setToast(null)} />
      </CustomStylesContext.Provider>
    </NotifyContext.Provider>
  );
}
