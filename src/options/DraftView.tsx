import { useState } from 'preact/hooks';
import type { Clip, Issue, IssueDocument } from '../core/model';
import { itemHeading } from '../core/markdown/values';
import { orderedCategories } from '../core/order';
import { moveToTrash } from '../storage/trash';
import { moveClip, restoreClip } from '../storage/workspace';
import { CategorySection } from './CategorySection';
import type { FocusRequest, MoveRequest } from './ClipItem';
import { errorText, useNotify } from './notify';
import { tr } from './strings';

interface Props {
  doc: IssueDocument;
  reload: () => Promise<void>;
  onSaved: (issue: Issue) => void;
}

/** The draft's clips under their categories, in the issue's order. */
export function DraftView({ doc, reload, onSaved }: Props) {
  const notify = useNotify();
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const categories = orderedCategories(doc.issue, doc.categories);
  const byCategory = new Map<string, Clip[]>();
  for (const clip of doc.clips) {
    byCategory.set(clip.categoryId, [...(byCategory.get(clip.categoryId) ?? []), clip]);
  }

  async function onMove(move: MoveRequest, control: FocusRequest['control']) {
    setDragging(null);
    try {
      await moveClip(move.clipId, move.categoryId, move.index);
      await reload();
      setFocus({ clipId: move.clipId, control, token: Date.now() });
    } catch (error) {
      notify({ text: tr('error', errorText(error)), kind: 'error' });
    }
  }

  async function onDelete(clip: Clip) {
    const heading = itemHeading(clip);
    try {
      await moveToTrash(clip.id);
      await reload();
      notify({
        text: tr('deleted', heading),
        action: {
          label: tr('undo'),
          run: async () => {
            await restoreClip(clip.id, doc.issue.id);
            await reload();
            notify({ text: tr('restored', heading) });
            setFocus({ clipId: clip.id, control: 'up', token: Date.now() });
          },
        },
      });
    } catch (error) {
      notify({ text: tr('error', errorText(error)), kind: 'error' });
    }
  }

  return (
    <div class="draft">
      {categories.map((category) => (
        <CategorySection
          key={category.id}
          issue={doc.issue}
          category={category}
          clips={byCategory.get(category.id) ?? []}
          categories={categories}
          focus={focus}
          dragging={dragging}
          onMove={onMove}
          onDelete={onDelete}
          onDrag={setDragging}
          onSaved={onSaved}
        />
      ))}
    </div>
  );
}
