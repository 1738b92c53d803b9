import { categoryLabel } from '../../core/model';
import { t } from '../i18n';
import type { OutlineSection } from './model';

interface Props {
  count: number;
  sections: OutlineSection[];
  onMove: (categoryId: string) => void;
  onDelete: () => void;
  onCarryOver?: () => void;
  onClear: () => void;
}

/** What can be done to the selected clips at once. */
export function BulkBar({ count, sections, onMove, onDelete, onCarryOver, onClear }: Props) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar of buttons, not a form's fieldset
    <div class="bulk-bar" role="group" aria-label={t('ol_selected', count)}>
      <strong aria-live="polite">{t('ol_selected', count)}</strong>
      <label class="inline" for="bulk-move">
        {t('ol_bulkMoveTo')}
      </label>
      <select
        id="bulk-move"
        value=""
        onChange={(event) => {
          const select = event.currentTarget as HTMLSelectElement;
          if (select.value) onMove(select.value);
          select.value = '';
        }}
      >
        <option value="">{t('ol_bulkChoose')}</option>
        {sections.map(({ category }) => (
          <option key={category.id} value={category.id}>
            {categoryLabel(category) || t('ol_unnamed')}
          </option>
        ))}
      </select>
      <button type="button" class="danger" onClick={onDelete}>
        {t('ol_bulkDelete')}
      </button>
      {onCarryOver && (
        <button type="button" onClick={onCarryOver}>
          {t('ol_bulkCarry')}
        </button>
      )}
      <button type="button" class="quiet" onClick={onClear}>
        {t('ol_clearSelection')}
      </button>
    </div>
  );
}
