import { memo } from 'preact/compat';
import { useMemo, useRef, useState } from 'preact/hooks';
import { itemHeading, styleOf } from '../../core/markdown';
import type { Category, Clip, Issue, IssueDocument } from '../../core/model';
import { t } from '../../ui/i18n';
import { moveClips, trashClips } from '../../ui/outline/actions';
import { type Kept, KeptText } from '../../ui/outline/KeptText';
import { outlineSections } from '../../ui/outline/model';
import { Outline } from '../../ui/outline/Outline';
import { errorText, useNotify } from '../shared/notify';
import { useCustomStyles } from '../shared/use-styles';
import { ClipEditor } from './ClipEditor';
import { SectionTools } from './SectionTools';
import { type UnsavedEdits, unsavedText } from './unsaved-edits';

interface Props {
  doc: IssueDocument;
  reload: () => Promise<void>;
  onSaved: (issue: Issue) => void;
  onFocusClip: (clip: Clip) => void;
  onCarryOver: (ids: string[]) => void;
  focusRequest: { clipId: string; token: number } | null;
}

/**
 * The draft as the outline: its sections and clips, with their tools and the editor.
 * Memoised: the workspace re-renders for its counts, styles and focus, and an equal-prop
 * render would diff every row of the outline again.
 */
export const DraftView = memo(function DraftView({
  doc,
  reload,
  onSaved,
  onFocusClip,
  onCarryOver,
  focusRequest,
}: Props) {
  const notify = useNotify();
  const custom = useCustomStyles();
  const sections = useMemo(() => outlineSections(doc), [doc]);
  const [undo, setUndo] = useState<(() => Promise<void>) | null>(null);
  const unsaved = useRef<UnsavedEdits>(new Map());
  const [kept, setKept] = useState<Kept | null>(null);
  // The draft this render shows: an editor that goes away asks it whether its clip left.
  const shown = useRef(doc);
  shown.current = doc;
  function keepIfGone(clip: Clip) {
    const edit = unsaved.current.get(clip.id);
    if (!edit || shown.current.clips.some((c) => c.id === clip.id)) return;
    unsaved.current.delete(clip.id);
    const text = unsavedText(edit, (field) => t(`ws_${field}`));
    if (text) setKept({ heading: itemHeading(clip), text });
  }

  async function onMove(ids: string[], categoryId: string, index: number) {
    try {
      await moveClips(sections, ids, categoryId, index);
      await reload();
    } catch (error) {
      notify({ text: t('ws_error', errorText(error)), kind: 'error' });
    }
  }

  async function onDelete(ids: string[], byKey: boolean) {
    const names = ids.map((id) => doc.clips.find((c) => c.id === id)).filter(Boolean) as Clip[];
    const heading = names.map(itemHeading).join(', ');
    try {
      const restore = await trashClips(ids, doc.issue.id);
      await reload();
      const run = async () => {
        setUndo(null);
        try {
          await restore();
          notify({ text: t('ws_restored', heading) });
        } catch (error) {
          // A refusal says itself what stayed where (storage/errors.ts).
          notify({ text: errorText(error), kind: 'error' });
        }
        await reload();
      };
      setUndo(() => run);
      // A click on Delete hands focus to Undo; the Delete key keeps it in the outline,
      // where z undoes.
      notify({
        text: t('ws_deleted', heading),
        action: { label: t('ws_undo'), run },
        keepFocus: byKey,
      });
    } catch (error) {
      notify({ text: t('ws_error', errorText(error)), kind: 'error' });
    }
  }

  return (
    <div class="draft">
      {kept && <KeptText kept={kept} onDismiss={() => setKept(null)} />}
      <Outline
        sections={sections}
        showSectionList
        onMove={onMove}
        onDelete={onDelete}
        onUndo={() => void undo?.()}
        onCarryOver={onCarryOver}
        onFocusClip={onFocusClip}
        focusRequest={focusRequest}
        renderEditor={(clip, done, comment) => (
          <ClipEditor
            clip={clip}
            onDone={done}
            focusComment={comment}
            unsaved={unsaved.current}
            onLeft={() => keepIfGone(clip)}
            style={styleOf(doc.issue.style, custom)}
          />
        )}
        sectionTools={(category: Category) => (
          <SectionTools issue={doc.issue} category={category} onSaved={onSaved} />
        )}
      />
    </div>
  );
});
