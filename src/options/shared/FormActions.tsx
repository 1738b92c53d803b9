import { t } from '../../ui/i18n';

interface Props {
  /** The submit button's words. */
  label: string;
  kind?: 'primary' | 'danger';
  disabled?: boolean;
  onCancel: () => void;
}

/** A form's submit button and Cancel, in that order, as every form of the workspace ends. */
export function FormActions({ label, kind = 'primary', disabled, onCancel }: Props) {
  return (
    <div class="row">
      <button type="submit" class={kind} disabled={disabled}>
        {label}
      </button>
      <button type="button" onClick={onCancel}>
        {t('ws_cancel')}
      </button>
    </div>
  );
}
