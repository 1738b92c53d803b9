import { useEffect, useRef, useState } from 'preact/hooks';
import { type Category, categoryLabel } from '../../core/model';
import { t } from '../../ui/i18n';

interface Props {
  category: Category;
  clipCount: number;
  onSave: (label: Pick<Category, 'emoji' | 'name'>) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
  canRemove: boolean;
}

/** One category: its emoji and name edited in place, its place, and Remove. */
export function CategoryRow({ category, clipCount, onSave, onMove, onRemove, canRemove }: Props) {
  const [emoji, setEmoji] = useState(category.emoji);
  const [name, setName] = useState(category.name);
  // A rename from another window shows, unless this row is being edited.
  const stored = useRef(category);
  useEffect(() => {
    if (emoji === stored.current.emoji && name === stored.current.name) {
      setEmoji(category.emoji);
      setName(category.name);
    }
    stored.current = category;
  }, [category.emoji, category.name]);
  const id = `category-${category.id}`;
  const changed = emoji !== category.emoji || name !== category.name;
  return (
    <li class="category-row">
      <form
        class="row wrap"
        aria-label={categoryLabel(category) || t('ws_unnamed')}
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) onSave({ emoji, name });
        }}
      >
        <div class="field emoji">
          <label for={`${id}-emoji`}>{t('ws_emoji')}</label>
          <input
            id={`${id}-emoji`}
            value={emoji}
            onInput={(e) => setEmoji((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="field grow">
          <label for={`${id}-name`}>{t('ws_name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <span class="muted count" id={`${id}-count`}>
          ({clipCount})
        </span>
        <button type="submit" disabled={!changed || !name.trim()}>
          {t('ws_save')}
        </button>
        <button type="button" onClick={() => onMove(-1)}>
          {t('ws_moveUp')}
        </button>
        <button type="button" onClick={() => onMove(1)}>
          {t('ws_moveDown')}
        </button>
        <button type="button" class="danger" disabled={!canRemove} onClick={onRemove}>
          {t('ws_remove')}
        </button>
      </form>
    </li>
  );
}
