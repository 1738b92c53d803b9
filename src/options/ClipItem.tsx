import { useEffect, useRef, useState } from 'preact/hooks';
import { safeHref } from '../core/escape';
import { type Category, type Clip, categoryLabel } from '../core/model';
import { itemHeading } from '../core/markdown/values';
import { siteOf } from '../core/markdown/values';
import { ClipEditor } from './ClipEditor';
import { tr } from './strings';

export type MoveRequest = { clipId: string; categoryId: string; index: number };
/** Which control of a clip takes focus after a move; the token makes each move distinct. */
export type FocusRequest = { clipId: string; control: 'up' | 'down' | 'category'; token: number };

interface Props {
  clip: Clip;
  index: number;
  count: number;
  categories: Category[];
  /** Set when one of this clip's controls should take focus after a move re-rendered it. */
  focus: FocusRequest | null;
  onMove: (move: MoveRequest, focus: FocusRequest['control']) => void;
  onDelete: (clip: Clip) => void;
  /** The clip being dragged, or null when a drag ends. */
  onDrag: (clipId: string | null) => void;
}

// Dates in the language of the page's text, not whatever the system locale is.
const timeFormat = new Intl.DateTimeFormat(tr('lang'), { dateStyle: 'medium', timeStyle: 'short' });

/**
 * One clip of the draft. Move up / Move down keep their plain names so each clip's pair is
 * found the same way; the clip's heading is their description (aria-describedby). They
 * are never disabled, since a focused button that becomes disabled drops focus to the page.
 */
export function ClipItem(props: Props) {
  const { clip, index, count } = props;
  const [editing, setEditing] = useState(false);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const picker = useRef<HTMLSelectElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Leaving the form (Save, Cancel, Escape) puts focus back on Edit, not on the page.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const headingId = `clip-${clip.id}-heading`;
  const href = safeHref(clip.url);

  const token = props.focus?.token;
  useEffect(() => {
    const control = props.focus?.control;
    if (!control) return;
    (control === 'up' ? up : control === 'down' ? down : picker).current?.focus();
  }, [token]);

  const move = (delta: number, focus: 'up' | 'down') => {
    const target = index + delta;
    if (target < 0 || target >= count) return;
    props.onMove({ clipId: clip.id, categoryId: clip.categoryId, index: target }, focus);
  };

  return (
    <li
      class="clip"
      data-clip-id={clip.id}
      draggable={!editing}
      onDragStart={(event) => {
        event.dataTransfer?.setData('text/x-digest-clip', clip.id);
        props.onDrag(clip.id);
      }}
      onDragEnd={() => props.onDrag(null)}
    >
      <article aria-labelledby={headingId}>
        <h3 id={headingId} tabIndex={-1}>
          {itemHeading(clip)}
        </h3>
        <p class="clip-meta">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {siteOf(clip.url)}
            </a>
          ) : (
            <span>{clip.url}</span>
          )}
          {clip.pageTitle && <span> · {clip.pageTitle}</span>}
          <span>
            {' · '}
            <time dateTime={clip.createdAt}>
              {tr('clipped', timeFormat.format(new Date(clip.createdAt)))}
            </time>
          </span>
        </p>
        {editing ? (
          <ClipEditor clip={clip} onDone={() => setEditing(false)} />
        ) : (
          <p class={clip.comment ? 'comment' : 'comment muted'}>
            {clip.comment || tr('noComment')}
          </p>
        )}
        <div class="clip-actions">
          <button
            ref={up}
            type="button"
            aria-describedby={headingId}
            aria-disabled={index === 0}
            onClick={() => move(-1, 'up')}
          >
            {tr('moveUp')}
          </button>
          <button
            ref={down}
            type="button"
            aria-describedby={headingId}
            aria-disabled={index === count - 1}
            onClick={() => move(1, 'down')}
          >
            {tr('moveDown')}
          </button>
          <label class="inline" for={`clip-${clip.id}-category`}>
            {tr('category')}
          </label>
          <select
            ref={picker}
            id={`clip-${clip.id}-category`}
            value={clip.categoryId}
            aria-describedby={headingId}
            onChange={(event) => {
              const categoryId = (event.currentTarget as HTMLSelectElement).value;
              props.onMove(
                { clipId: clip.id, categoryId, index: Number.MAX_SAFE_INTEGER },
                'category',
              );
            }}
          >
            {props.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryLabel(c) || tr('unnamed')}
              </option>
            ))}
          </select>
          {!editing && (
            <button
              ref={editButton}
              type="button"
              aria-describedby={headingId}
              onClick={() => setEditing(true)}
            >
              {tr('edit')}
            </button>
          )}
          <button
            type="button"
            class="danger"
            aria-describedby={headingId}
            onClick={() => props.onDelete(clip)}
          >
            {tr('delete')}
          </button>
        </div>
      </article>
    </li>
  );
}
