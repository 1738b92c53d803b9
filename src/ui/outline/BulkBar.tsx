import { categoryLabel } from '../../core/model';
import type { OutlineSection } from './model';
import { ot } from './strings';

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
    <div class="bulk-bar" role="group" aria-label={ot('selected', count)}>
      <strong aria-live="polite">{ot('selected', count)}</strong>
      <label class="inline" for="bulk-move">
        {ot('bulkMoveTo')}
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
        <option value="">{ot('bulkChoose')}</option>
        {sections.map(({ category }) => (
          <option key={category.id} value={category.id}>
            {categoryLabel(category) || ot('unnamed')}
          </option>
        ))}
      </select>
      <button type="button" class="danger" onClick={onDelete}>
        {ot('bulkDelete')}
      </button>
      {onCarryOver && (
        <button type="button" onClick={onCarryOver}>
          {ot('bulkCarry')}
        </button>
      )}
      <button type="button" class="quiet" onClick={onClear}>
        {ot('clearSelection')}
      </button>
    </div>
  );
}
