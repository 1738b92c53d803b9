import { t } from '../../ui/i18n';

interface Props {
  /** The other window's values of the fields in conflict, by label. */
  theirs: { label: string; value: string }[];
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/** Shown instead of overwriting an edit made in another window. */
export function ConflictNotice({ theirs, onKeepMine, onUseTheirs }: Props) {
  return (
    <div class="conflict" role="alert">
      <p>{t('ws_conflict')}</p>
      {theirs.map(({ label, value }) => (
        <div key={label}>
          <p class="muted">{t('ws_conflictTheirs', label)}</p>
          <pre class="theirs">{value}</pre>
        </div>
      ))}
      <div class="row">
        <button type="button" onClick={onKeepMine}>
          {t('ws_keepMine')}
        </button>
        <button type="button" onClick={onUseTheirs}>
          {t('ws_useTheirs')}
        </button>
      </div>
    </div>
  );
}
