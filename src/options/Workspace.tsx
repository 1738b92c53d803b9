import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { renderIssue } from '../core/markdown';
import type { Clip, IssueDocument } from '../core/model';
import { afterPaint } from '../ui/after-paint';
import { useAfterFirstPaint } from '../ui/first-screen';
import { t } from '../ui/i18n';
import { usePageKeys } from '../ui/outline/page-keys';
import { DraftSidebar } from './draft/DraftSidebar';
import { DraftView } from './draft/DraftView';
import type { ImportDialogProps } from './draft/ImportDialog';
import { IssueFields, type IssueTextKey, withLive } from './draft/IssueFields';
import { PublishDialog } from './draft/lazy-publish-dialog';
import { lazyComponent } from './shared/lazy';
import { NotifyContext, type ToastMessage } from './shared/notify';
import { Toast } from './shared/Toast';
import { CustomStylesContext, useSameStyles } from './shared/use-styles';
import { DigestSwitcher } from './styles/DigestSwitcher';
import type { TeamPanelProps } from './team';
import { useWorkspace } from './use-workspace';

// The views a click away load after the draft's first paint (preloaded below), so the
// first screen's scripts hold only the draft.
const SearchView = lazyComponent(() => import('./search/SearchView').then((m) => m.SearchView));
const TrashView = lazyComponent(() => import('./trash/TrashView').then((m) => m.TrashView));
const PastIssues = lazyComponent(() =>
  import('./past-issues/PastIssues').then((m) => m.PastIssues),
);
const CategoriesView = lazyComponent(() =>
  import('./categories/CategoriesView').then((m) => m.CategoriesView),
);
const ShortcutsDialog = lazyComponent(() =>
  import('../ui/outline/ShortcutsDialog').then((m) => m.ShortcutsDialog),
);
const A_CLICK_AWAY = [
  SearchView,
  TrashView,
  PastIssues,
  CategoriesView,
  PublishDialog,
  ShortcutsDialog,
];

// The Markdown import (and its parser) loads when first opened.
const ImportDialog = lazyComponent<ImportDialogProps>(() =>
  import('./draft/ImportDialog').then((module) => module.ImportDialog),
);

// The backup panel (and zod, which validates backups) loads when the Data view opens.
const DataPanel = lazyComponent<{ onChanged?: () => void }>(() =>
  import('./data').then((module) => module.DataPanel),
);

// The Team view (and isomorphic-git with it) loads when opened; the popup never does.
const TeamPanel = lazyComponent<TeamPanelProps>(() =>
  import('./team').then((module) => module.TeamPanel),
);
// The digest and style view (and the style editor with it) loads when opened.
const StylesView = lazyComponent<{ doc: IssueDocument; onChanged: () => void }>(() =>
  import('./styles').then((module) => module.StylesView),
);

type View = 'draft' | 'search' | 'trash' | 'past' | 'categories' | 'data' | 'team' | 'styles';
type Live = Partial<Record<IssueTextKey, string>>;

/** The options page: the issue workspace. */
export function Workspace() {
  const [view, setView] = useState<View>('draft');
  const { state, counts, reload, showIssue } = useWorkspace({
    trash: view === 'trash',
    past: view === 'past',
  });
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [importing, setImporting] = useState(false);
  const [live, setLive] = useState<Live>({});
  const [showClip, setShowClip] = useState<{ clipId: string; token: number } | null>(null);
  const [focused, setFocused] = useState<Clip | null>(null);
  const [help, setHelp] = useState(false);
  const [carry, setCarry] = useState<string[] | null>(null);
  const data = state.status === 'ready' ? state.data : null;
  const draftId = data?.doc.issue.id;

  const ready = data !== null;
  useEffect(() => {
    if (!ready) return;
    afterPaint(() => {
      for (const view of A_CLICK_AWAY) view.preload();
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
    () => (shown && besideFirst ? renderIssue(shown, shown.issue.style, customStyles) : ''),
    [shown, customStyles, besideFirst],
  );

  const tab = (name: View, label: string) => (
    <button
      type="button"
      aria-current={view === name ? 'page' : undefined}
      onClick={() => setView(name)}
    >
      {label}
    </button>
  );
  const showInDraft = (clipId: string) => {
    setShowClip({ clipId, token: Date.now() });
    setView('draft');
  };

  return (
    <NotifyContext.Provider value={setToast}>
      <CustomStylesContext.Provider value={customStyles}>
        <header class="top">
          <h1>{t('ws_appTitle')}</h1>
          <DigestSwitcher onChanged={() => reload()} />
          <nav aria-label={t('ws_views')} class="row">
            {tab('draft', t('ws_viewDraft'))}
            {tab('search', t('ws_viewSearch'))}
            {tab('trash', `${t('ws_viewTrash')} (${data?.trash?.length ?? counts.trash ?? 0})`)}
            {tab('past', `${t('ws_viewPast')} (${data?.past?.length ?? counts.past ?? 0})`)}
            {tab('categories', t('ws_viewCategories'))}
            {tab('data', t('ws_viewData'))}
            {tab('team', t('team_title'))}
            {tab('styles', t('styles_title'))}
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
          {data && shown && view === 'draft' && (
            <div class="columns">
              <div class="main-column">
                <IssueFields issue={data.doc.issue} onSaved={showIssue} onLive={onLive} />
                <DraftView
                  doc={data.doc}
                  reload={reload}
                  onSaved={showIssue}
                  onFocusClip={setFocused}
                  onCarryOver={setCarry}
                  focusRequest={showClip}
                />
              </div>
              <DraftSidebar
                doc={shown}
                markdown={besideFirst ? markdown : null}
                focused={focused}
                onPublished={reload}
              />
            </div>
          )}
          {data && view === 'search' && (
            <SearchView draftId={data.doc.issue.id} onShow={showInDraft} />
          )}
          {data && view === 'trash' && !data.trash && <p class="muted">{t('ws_loading')}</p>}
          {data?.trash && view === 'trash' && (
            <TrashView trash={data.trash} draftId={data.doc.issue.id} reload={reload} />
          )}
          {data && view === 'past' && !data.past && <p class="muted">{t('ws_loading')}</p>}
          {data?.past && view === 'past' && <PastIssues past={data.past} />}
          {data && view === 'categories' && <CategoriesView doc={data.doc} reload={reload} />}
          {/* Backups and storage: its writes are announced, so the draft follows. */}
          {view === 'data' && <DataPanel onChanged={() => reload()} />}
          {shown && view === 'team' && (
            <TeamPanel doc={shown} markdown={markdown} onChanged={() => reload()} />
          )}
          {shown && view === 'styles' && <StylesView doc={shown} onChanged={() => reload()} />}
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
