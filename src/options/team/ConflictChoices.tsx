import { useState } from 'preact/hooks';
import type { EditionConflict } from '../../core/merge/editions';
import type { Choice } from '../../core/merge/markers';
import { t } from '../../ui/i18n';

interface Props {
  conflicts: EditionConflict[];
  busy: boolean;
  onApply: (choices: Choice[]) => void;
  onCancel: () => void;
}

const CHOICES: { value: Choice; label: () => string }[] = [
  { value: 'ours', label: () => t('team_keepMine') },
  { value: 'theirs', label: () => t('team_keepTheirs') },
  { value: 'both', label: () => t('team_keepBoth') },
];

/**
 * The items changed both here and upstream, each with both versions and a choice. Nothing
 * is written until every one has a choice: until then the draft stays as it was.
 */
export function ConflictChoices({ conflicts, busy, onApply, onCancel }: Props) {
  const [choices, setChoices] = useState<(Choice | undefined)[]>(conflicts.map(() => undefined));
  const ready = choices.every(Boolean);
  return (
    <div class="team-review">
      <p>{t('team_conflictsIntro', conflicts.length)}</p>
      {conflicts.map((conflict, index) => (
        <fieldset key={`${index}-${conflict.ours}`} class="team-conflict">
          <legend>{t('team_conflictLegend', index + 1, conflict.section || '—')}</legend>
          <p>{t('team_mine')}</p>
          <pre>{conflict.ours || t('team_removed')}</pre>
          <p>{t('team_theirs')}</p>
          <pre>{conflict.theirs || t('team_removed')}</pre>
          {CHOICES.map((choice) => (
            <label key={choice.value}>
              <input
                type="radio"
                name={`team-conflict-${index}`}
                value={choice.value}
                checked={choices[index] === choice.value}
                onChange={() => setChoices(choices.map((c, i) => (i === index ? choice.value : c)))}
              />{' '}
              {choice.label()}
            </label>
          ))}
        </fieldset>
      ))}
      <div class="team-actions">
        <button
          type="button"
          disabled={busy || !ready}
          onClick={() => onApply(choices as Choice[])}
        >
          {t('team_applyChoices')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('team_cancel')}
        </button>
      </div>
    </div>
  );
}
