import { useState } from 'preact/hooks';
import { categoryLabel } from '../../core/model';
import { t } from '../i18n';
import type { OutlineSection } from './model';

interface Props {
  sections: OutlineSection[];
  dragging: boolean;
  onDrop: (categoryId: string) => void;
}

/**
 * The sections by name: jump links, and drop targets that stay in view, so a clip dragged
 * to another section never has to be carried down the whole page.
 */
export function SectionList({ sections, dragging, onDrop }: Props) {
  const [over, setOver] = useState<string | null>(null);
  return (
    <nav aria-label={t('ol_sections')} class="section-nav">
      <ul>
        {sections.map(({ category, clips }) => (
          <li
            key={category.id}
            class={over === category.id ? 'drop-target' : undefined}
            onDragOver={(event) => {
              if (!dragging) return;
              event.preventDefault();
              setOver(category.id);
            }}
            onDragLeave={() => setOver(null)}
            onDrop={(event) => {
              event.preventDefault();
              setOver(null);
              onDrop(category.id);
            }}
          >
            <a href={`#cat-${category.id}`}>
              {categoryLabel(category) || t('ol_unnamed')} <span class="count">{clips.length}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
