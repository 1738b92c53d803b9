import type { BackupFile } from '../../core/backup/schema';
import type { MergePreview } from '../../core/merge/packs';
import { applyTeamMerge } from '../../storage/backup/merge';
import { t } from '../../ui/i18n';
import { MergeSummary } from '../shared/MergeSummary';
import type { Status } from './types';

export interface Review {
  /** Every teammate's pack folded into one (core/merge-files.ts `combinePacks`). */
  file: BackupFile;
  names: string[];
  preview: MergePreview;
}

interface Props {
  review: Review;
  busy: boolean;
  run: (work: () => Promise<Status | null>) => void;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * What the teammates' packs would add, before anything is written: the Data view's merge
 * preview and its confirm button. The merge runs in one transaction and is idempotent.
 */
export function TeamReview({ review, busy, run, onDone, onCancel }: Props) {
  const { added, merged, newCategories } = review.preview;
  const nothing = added.length === 0 && merged.length === 0 && newCategories.length === 0;
  const merge = () =>
    run(async () => {
      const result = await applyTeamMerge(review.file);
      if (!result.ok) return { kind: 'error', text: result.error };
      onDone();
      const { added: a, merged: m, unchanged: u } = result.value;
      return { kind: 'info', text: t('team_teamMerged', a.length, m.length, u.length) };
    });
  return (
    <section class="team-review" aria-labelledby="team-review-title">
      <h4 id="team-review-title">{t('data_mergeTitle')}</h4>
      <p class="muted">{t('team_previewFrom', review.names.join(', '))}</p>
      <MergeSummary preview={review.preview} />
      <div class="team-actions">
        <button type="button" disabled={busy || nothing} onClick={merge}>
          {t('data_mergeButton')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('team_cancel')}
        </button>
      </div>
    </section>
  );
}
