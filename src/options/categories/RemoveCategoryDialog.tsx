import { useState } from 'preact/hooks';
import { type Category, categoryLabel } from '../../core/model';
import { t } from '../../ui/i18n';
import { Dialog } from '../shared/Dialog';
import { FormActions } from '../shared/FormActions';

interface Props {
  category: Category;
  others: Category[];
  onRemove: (targetId: string) => void;
  onClose: () => void;
}

/** Removing a category asks where its clips go: they never vanish with it. */
export function RemoveCategoryDialog({ category, others, onRemove, onClose }: Props) {
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const label = categoryLabel(category) || t('ws_unnamed');
  return (
    <Dialog id="remove-category" title={t('ws_removeTitle', label)} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (target) onRemove(target);
        }}
      >
        <p>{t('ws_removeIntro')}</p>
        <div class="field">
          <label for="remove-target">{t('ws_moveClipsTo')}</label>
          <select
            id="remove-target"
            value={target}
            onChange={(e) => setTarget((e.currentTarget as HTMLSelectElement).value)}
          >
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryLabel(c) || t('ws_unnamed')}
              </option>
            ))}
          </select>
        </div>
        <FormActions label={t('ws_remove')} kind="danger" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
