import { useState } from 'preact/hooks';
import { type Category, categoryLabel } from '../../core/model';
import { Dialog } from '../shared/Dialog';
import { tr } from '../strings';

interface Props {
  category: Category;
  others: Category[];
  onRemove: (targetId: string) => void;
  onClose: () => void;
}

/** Removing a category asks where its clips go: they never vanish with it. */
export function RemoveCategoryDialog({ category, others, onRemove, onClose }: Props) {
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const label = categoryLabel(category) || tr('unnamed');
  return (
    <Dialog id="remove-category" title={tr('removeTitle', label)} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (target) onRemove(target);
        }}
      >
        <p>{tr('removeIntro')}</p>
        <div class="field">
          <label for="remove-target">{tr('moveClipsTo')}</label>
          <select
            id="remove-target"
            value={target}
            onChange={(e) => setTarget((e.currentTarget as HTMLSelectElement).value)}
          >
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryLabel(c) || tr('unnamed')}
              </option>
            ))}
          </select>
        </div>
        <div class="row">
          <button type="submit" class="danger">
            {tr('remove')}
          </button>
          <button type="button" onClick={onClose}>
            {tr('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
