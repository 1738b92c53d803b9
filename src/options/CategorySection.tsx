import { useState } from 'preact/hooks';
import type { Category, Clip, Issue } from '../core/model';
import { categoryLabel } from '../core/model';
import { updateSectionText } from '../storage/issue-edit';
import { AddClip } from './AddClip';
import { CheckedField } from './CheckedField';
import { ClipItem, type FocusRequest, type MoveRequest } from './ClipItem';
import { tr } from './strings';

interface Props {
  issue: Issue;
  category: Category;
  clips: Clip[];
  categories: Category[];
  focus: FocusRequest | null;
  dragging: string | null;
  onMove: (move: MoveRequest, focus: FocusRequest['control']) => void;
  onDelete: (clip: Clip) => void;
  onDrag: (clipId: string | null) => void;
  onSaved: (issue: Issue) => void;
}

/** Where a drop lands: before the clip under the pointer, or after it past its middle. */
function dropIndex(event: DragEvent, clips: Clip[]): number {
  const item = (event.target as HTMLElement).closest<HTMLElement>('li.clip');
  const index = clips.findIndex((c) => c.id === item?.dataset.clipId);
  if (!item || index === -1) return clips.length;
  const box = item.getBoundingClientRect();
  return event.clientY > box.top + box.height / 2 ? index + 1 : index;
}

/** A category of the draft: its heading, its text, its clips in order, and Add clip. */
export function CategorySection(props: Props) {
  const { category, clips, issue } = props;
  const [over, setOver] = useState(false);
  const label = categoryLabel(category) || tr('unnamed');
  const titleId = `cat-${category.id}-title`;
  const text = issue.sectionText[category.id] ?? '';

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const clipId = event.dataTransfer?.getData('text/x-digest-clip') || props.dragging;
    if (!clipId) return;
    let index = dropIndex(event, clips);
    // Dropping below itself in the same list: the clip's own slot is about to close.
    const from = clips.findIndex((c) => c.id === clipId);
    if (from !== -1 && from < index) index--;
    props.onMove({ clipId, categoryId: category.id, index }, 'up');
  }

  return (
    <section
      id={`cat-${category.id}`}
      class={`category ${over ? 'drop-target' : ''}`}
      aria-labelledby={titleId}
      onDragOver={(event) => {
        if (!props.dragging) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2 id={titleId} tabIndex={-1}>
        {label} <span class="count">({clips.length})</span>
      </h2>
      {
        <details open={!!text}>
          <summary>{tr('sectionText')}</summary>
          <CheckedField
            key={`${issue.id}-${category.id}`}
            id={`section-${category.id}`}
            label={tr('sectionText')}
            multiline
            stored={text}
            read={(current) => current.sectionText[category.id] ?? ''}
            save={(value, base) => updateSectionText(issue.id, category.id, value, base)}
            onSaved={props.onSaved}
          />
        </details>
      }
      {clips.length === 0 ? (
        <p class="muted">{tr('noClips')}</p>
      ) : (
        <ol class="clips" aria-label={tr('clipsIn', label)}>
          {clips.map((clip, index) => (
            <ClipItem
              key={clip.id}
              clip={clip}
              index={index}
              count={clips.length}
              categories={props.categories}
              focus={props.focus?.clipId === clip.id ? props.focus : null}
              onMove={props.onMove}
              onDelete={props.onDelete}
              onDrag={props.onDrag}
            />
          ))}
        </ol>
      )}
      <AddClip issueId={issue.id} category={category} />
    </section>
  );
}
