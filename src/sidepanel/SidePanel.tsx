import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { normalizeUrl } from '../core/links/normalize';
import { issueTitle, itemHeading } from '../core/markdown';
import { type Clip, categoryLabel, digestOf } from '../core/model';
import { t } from '../ui/i18n';
import { PasteBox } from '../ui/inbox/PasteBox';
import { moveClips, trashClips } from '../ui/outline/actions';
import { type Kept, KeptText } from '../ui/outline/KeptText';
import { isTyping } from '../ui/outline/keys';
import { outlineSections } from '../ui/outline/model';
import { Outline } from '../ui/outline/Outline';
import { usePageKeys } from '../ui/outline/page-keys';
import { ShortcutsDialog } from '../ui/outline/ShortcutsDialog';
import { storageMessage } from '../ui/storage-message';
import { ClipAllTabs } from './ClipAllTabs';
import { ClipTabBar } from './ClipTabBar';
import { CommentEditor } from './CommentEditor';
import { clipTab } from './clip-tab';
import { useCurrentTab } from './current-tab';
import { useDraft } from './use-draft';

type Status = { text: string; error?: boolean; undo?: () => Promise<void> } | null;

const errorText = (error: unknown) =>
  t('sp_error', storageMessage(error) ?? (error instanceof Error ? error.message : String(error)));

/**
 * The side panel: the draft as the workspace's outline, beside the page being read, and
 * "Clip this tab" into a section with one click or its number key. Every write goes to
 * storage, whose change notices keep this panel and the workspace in step.
 */
export function SidePanel() {
  const { state, reload } = useDraft();
  const tab = useCurrentTab();
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [help, setHelp] = useState(false);
  const [kept, setKept] = useState<Kept | null>(null);
  const doc = state.status === 'ready' ? state.doc : null;
  // The draft this render shows: an editor that goes away asks it whether its clip left.
  const shownDoc = useRef(doc);
  shownDoc.current = doc;
  const unsaved = useRef(new Map<string, { opened: Clip; text: string }>());
  const keepIfGone = (clip: Clip, text: string, gone = false) => {
    const left = gone || !shownDoc.current?.clips.some((c) => c.id === clip.id);
    if (!left) return;
    unsaved.current.delete(clip.id);
    // Nothing typed, nothing to keep: the row leaving says enough.
    if (text !== clip.comment) setKept({ heading: itemHeading(clip), text });
  };
  const sections = useMemo(() => (doc ? outlineSections(doc) : []), [doc]);
  const tabKey = tab?.url ? normalizeUrl(tab.url) : null;
  const clipped = doc?.clips.find((c) => tabKey !== null && normalizeUrl(c.url) === tabKey) ?? null;

  async function clipInto(categoryId: string) {
    if (!tab || !doc) return;
    setBusy(true);
    try {
      const { clip } = await clipTab(tab, doc.issue.id, categoryId);
      const category = doc.categories.find((c) => c.id === categoryId);
      setStatus({
        text: t('sp_clipped', itemHeading(clip), category ? categoryLabel(category) : ''),
      });
      await reload();
    } catch (error) {
      setStatus({ text: errorText(error), error: true });
    } finally {
      setBusy(false);
    }
  }

  usePageKeys({ help: () => setHelp(true) });
  // Outside the outline (whose rows file the focused clip), a number clips the tab.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (isTyping(target) || target.closest?.('.outline, dialog')) return;
      if (event.ctrlKey || event.metaKey || event.altKey || !/^[1-9]$/.test(event.key)) return;
      const category = sections[Number(event.key) - 1]?.category;
      if (category && tab?.url && !busy) {
        event.preventDefault();
        void clipInto(category.id);
      }
    };
    addEventListener('keydown', onKeyDown);
    return () => removeEventListener('keydown', onKeyDown);
  });

  return (
    <div class="panel-page">
      <header class="panel-top">
        <h1>{doc ? issueTitle(doc.issue) : t('sp_title')}</h1>
        <div class="row">
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('sp_openWorkspace')}
          </button>
          <button type="button" class="quiet" aria-keyshortcuts="?" onClick={() => setHelp(true)}>
            {t('ol_shortcutsButton')}
          </button>
        </div>
      </header>
      <main>
        {state.status === 'loading' && <p class="muted">{t('sp_loading')}</p>}
        {state.status === 'error' && (
          <p role="alert" class="error">
            {errorText(state.error)}
          </p>
        )}
        {kept && <KeptText kept={kept} onDismiss={() => setKept(null)} />}
        {doc && (
          <>
            <ClipTabBar
              tab={tab}
              categories={sections.map((s) => s.category)}
              clipped={clipped}
              busy={busy}
              onClip={clipInto}
            />
            <ClipAllTabs
              issue={doc.issue}
              onDone={(text, error) => setStatus({ text, ...(error ? { error } : {}) })}
            />
            <details class="sp-paste">
              <summary>{t('sp_pasteToInbox')}</summary>
              <PasteBox digestId={digestOf(doc.issue)} onAdded={async () => {}} />
            </details>
            <Outline
              sections={sections}
              highlight={(clip: Clip) => clip.id === clipped?.id}
              onMove={async (ids, categoryId, index) => {
                await moveClips(sections, ids, categoryId, index).catch((error) =>
                  setStatus({ text: errorText(error), error: true }),
                );
                await reload();
              }}
              onDelete={async (ids) => {
                const heading = ids
                  .map((id) => doc.clips.find((c) => c.id === id))
                  .map((c) => (c ? itemHeading(c) : ''))
                  .join(', ');
                try {
                  const undo = await trashClips(ids, doc.issue.id);
                  setStatus({ text: t('sp_deleted', heading), undo });
                } catch (error) {
                  setStatus({ text: errorText(error), error: true });
                }
                await reload();
              }}
              onUndo={() => status?.undo && void runUndo()}
              renderEditor={(clip, done) => (
                <CommentEditor
                  clip={clip}
                  onDone={done}
                  onError={(text) => setStatus({ text, error: true })}
                  onLeft={(text, gone) => keepIfGone(clip, text, gone)}
                  unsaved={unsaved.current}
                />
              )}
            />
          </>
        )}
      </main>
      <div class="panel-status" role="status" aria-live="polite">
        {status && (
          <p class={status.error ? 'error' : undefined}>
            {status.text}{' '}
            {status.undo && (
              <button type="button" onClick={() => void runUndo()}>
                {t('sp_undo')}
              </button>
            )}
            <button type="button" class="quiet" onClick={() => setStatus(null)}>
              {t('sp_dismiss')}
            </button>
          </p>
        )}
      </div>
      {help && <ShortcutsDialog workspace={false} onClose={() => setHelp(false)} />}
    </div>
  );

  async function runUndo() {
    const undo = status?.undo;
    if (!undo) return;
    setStatus(null);
    // A clip whose page was clipped again stays in the trash; the refusal says so.
    await undo().catch((error) => setStatus({ text: errorText(error), error: true }));
    await reload();
  }
}
