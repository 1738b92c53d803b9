import { tr } from '../strings';

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
      <p>{tr('conflict')}</p>
      {theirs.map(({ label, value }) => (
        <div key={label}>
          <p class="muted">{tr('conflictTheirs', label)}</p>
          <pre class="theirs">{value}</pre>
        </div>
      ))}
      <div class="row">
        <button type="button" onClick={onKeepMine}>
          {tr('keepMine')}
        </button>
        <button type="button" onClick={onUseTheirs}>
          {tr('useTheirs')}
        </button>
      </div>
    </div>
  );
}
