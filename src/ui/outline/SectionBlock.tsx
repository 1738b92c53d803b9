import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { categoryLabel } from '../../core/model';
import { t } from '../i18n';
import type { OutlineSection } from './model';

interface Props {
  section: OutlineSection;
  /** Its number for the 1-9 keys, shown beside the heading. */
  nth: number;
  dragging: boolean;
  tools?: ComponentChildren;
  children: ComponentChildren;
  onDrop: (index: number) => void;
}

/** Where a drop lands: before the row under the pointer, or after it past its middle. */
function dropIndex(event: DragEvent, section: OutlineSection): number {
  const row = (event.target as HTMLElement).closest<HTMLElement>('li.clip-row');
  const index = section.clips.findIndex((c) => c.id === row?.dataset.clipId);
  if (!row || index === -1) return section.clips.length;
  const box = row.getBoundingClientRect();
  return event.clientY > box.top + box.height / 2 ? index + 1 : index;
}

/** A section of the outline: its heading (a drop target), its tools, its clips. */
export function SectionBlock({ section, nth, dragging, tools, children, onDrop }: Props) {
  const [over, setOver] = useState(false);
  const { category, clips } = section;
  const label = categoryLabel(category) || t('ol_unnamed');
  const titleId = `cat-${category.id}-title`;
  return (
    <section
      id={`cat-${category.id}`}
      class={`category ${over ? 'drop-target' : ''}`}
      aria-labelledby={titleId}
      onDragOver={(event) => {
        if (!dragging) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        onDrop(dropIndex(event, section));
      }}
    >
      <div class="section-head">
        <h2 id={titleId} tabIndex={-1}>
          {label} <span class="count">({clips.length})</span>
        </h2>
        {nth <= 9 && (
          <span class="kbd nth" aria-hidden="true">
            {nth}
          </span>
        )}
        {tools}
      </div>
      {clips.length === 0 ? (
        <p class="muted empty">{t('ol_noClips')}</p>
      ) : (
        <ol class="clips" aria-label={t('ol_clipsIn', label)}>
          {children}
        </ol>
      )}
    </section>
  );
}
