import type { ComponentType } from 'preact';
import type { MessageKey } from '../ui/i18n';
import { DraftPage } from './draft';
import { lazyComponent } from './shared/lazy';
import type { ViewProps } from './shared/view-props';

/**
 * The workspace's views, each a folder with an `index.tsx`. The tabs, the view shown, the
 * lists read for it and what is fetched after the first paint all come from this list, so
 * a new view is a folder, a row here and its strings.
 */
export interface ViewEntry {
  id: string;
  /** The tab's words. */
  label: MessageKey;
  /** The costly list read while the view is open, and counted in its tab. */
  list?: 'trash' | 'past';
  /** A click away: its code is fetched after the draft's first paint. */
  preload?: boolean;
  /** Shown with the draft's data. */
  component?: ComponentType<ViewProps> & { preload?: () => void };
  /**
   * Shown even when the draft could not be read: restoring a backup is how a broken
   * database is mended, so that view needs nothing but a way to read again.
   */
  standalone?: ComponentType<Pick<ViewProps, 'reload'>>;
}

/** A view whose code (and the libraries only it needs) loads when first shown. */
function lazyView<M>(load: () => Promise<M>, show: (module: M) => ComponentType<ViewProps>) {
  return lazyComponent<ViewProps>(() => load().then(show));
}

export const VIEWS = [
  { id: 'draft', label: 'ws_viewDraft', component: DraftPage },
  {
    id: 'search',
    label: 'ws_viewSearch',
    preload: true,
    component: lazyView(
      () => import('./search'),
      ({ SearchView }) =>
        (p) => <SearchView draftId={p.draft.issue.id} onShow={p.showInDraft} />,
    ),
  },
  {
    // Links from chat, tabs and feeds, waiting to be filed into the draft.
    id: 'inbox',
    label: 'inbox_view',
    preload: true,
    component: lazyView(
      () => import('./inbox'),
      ({ InboxView }) =>
        (p) => <InboxView draft={p.draft} reload={p.reload} />,
    ),
  },
  {
    id: 'trash',
    label: 'ws_viewTrash',
    list: 'trash',
    preload: true,
    component: lazyView(
      () => import('./trash'),
      ({ TrashView }) =>
        (p) => <TrashView trash={p.trash ?? []} draftId={p.draft.issue.id} reload={p.reload} />,
    ),
  },
  {
    id: 'past',
    label: 'ws_viewPast',
    list: 'past',
    preload: true,
    component: lazyView(
      () => import('./past-issues'),
      ({ PastIssues }) =>
        (p) => <PastIssues past={p.past ?? []} />,
    ),
  },
  {
    id: 'categories',
    label: 'ws_viewCategories',
    preload: true,
    component: lazyView(
      () => import('./categories'),
      ({ CategoriesView }) =>
        (p) => <CategoriesView doc={p.draft} reload={p.reload} />,
    ),
  },
  {
    // Backups and storage (and zod, which checks backups); its writes are announced, so
    // the draft follows.
    id: 'data',
    label: 'ws_viewData',
    standalone: lazyComponent<Pick<ViewProps, 'reload'>>(() =>
      import('./data').then(({ DataPanel }) => (p) => <DataPanel onChanged={p.reload} />),
    ),
  },
  {
    // The git code loads with it; the popup and the worker never load it.
    id: 'team',
    label: 'team_title',
    component: lazyView(
      () => import('./team'),
      ({ TeamPanel }) =>
        (p) => <TeamPanel doc={p.doc} markdown={p.markdown ?? ''} onChanged={p.reload} />,
    ),
  },
  {
    // The digest and style view, with the style editor.
    id: 'styles',
    label: 'styles_title',
    component: lazyView(
      () => import('./styles'),
      ({ StylesView }) =>
        (p) => <StylesView doc={p.doc} onChanged={p.reload} />,
    ),
  },
] as const satisfies readonly ViewEntry[];

export type ViewId = (typeof VIEWS)[number]['id'];

export function viewOf(id: ViewId): ViewEntry {
  return VIEWS.find((entry) => entry.id === id) ?? VIEWS[0];
}
