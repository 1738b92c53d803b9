import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackupFile } from '../../core/backup/schema';
import type { MergePreview } from '../../core/merge/packs';
import { countData, restoreBackup } from '../../storage/backup/backup';
import { applyTeamMerge, previewTeamMerge } from '../../storage/backup/merge';
import { t } from '../../ui/i18n';
import { MergeSummary } from '../shared/MergeSummary';

interface Props {
  name: string;
  file: BackupFile;
  onDone: (message: string) => void;
  onCancel: () => void;
  onError: (error: unknown) => void;
}

type Preview = { merge: MergePreview | string; current: { issues: number; clips: number } };

/**
 * A validated file, before anything is written: what it holds, what a merge into the
 * draft would add and merge, and what a restore would replace. Both actions are offered;
 * the one that fits the file's kind comes first.
 */
export function ImportReview({ name, file, onDone, onCancel, onError }: Props) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  // The preview depends on the file only; the callback may be a new function each render.
  const report = useRef(onError);
  report.current = onError;

  useEffect(() => {
    Promise.all([previewTeamMerge(file), countData()])
      .then(([merge, current]) =>
        setPreview({ merge: merge.ok ? merge.value : merge.error, current }),
      )
      .catch((error) => report.current(error));
  }, [file]);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    try {
      onDone(await action());
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  }

  const restore = () =>
    run(async () => {
      await restoreBackup(file);
      return t('data_restored', file.issues.length, file.clips.length, name);
    });
  const merge = () =>
    run(async () => {
      const result = await applyTeamMerge(file);
      if (!result.ok) throw new Error(result.error);
      const { added, merged, unchanged } = result.value;
      return t('data_merged', name, added.length, merged.length, unchanged.length);
    });

  const date = file.exportedAt.slice(0, 10);
  const mergeBlock = (
    <div class="data-choice" key="merge">
      <h4>{t('data_mergeTitle')}</h4>
      {preview && typeof preview.merge === 'string' && <p class="error">{preview.merge}</p>}
      {preview && typeof preview.merge !== 'string' && <MergeSummary preview={preview.merge} />}
      <button
        type="button"
        disabled={busy || !preview || typeof preview.merge === 'string'}
        onClick={merge}
      >
        {t('data_mergeButton')}
      </button>
    </div>
  );
  const replaceBlock = (
    <div class="data-choice" key="replace">
      <h4>{t('data_replaceTitle')}</h4>
      {preview && <p>{t('data_replaceWarning', preview.current.clips, file.clips.length)}</p>}
      <button type="button" class="danger" disabled={busy || !preview} onClick={restore}>
        {t('data_replaceButton')}
      </button>
    </div>
  );
  return (
    <section class="data-review" aria-label={name}>
      <p>
        {t(
          'data_fileSummary',
          name,
          t(file.kind === 'backup' ? 'data_kindBackup' : 'data_kindPack'),
          date,
          file.issues.length,
          file.categories.length,
          file.clips.length,
        )}
      </p>
      {file.kind === 'backup' ? [replaceBlock, mergeBlock] : [mergeBlock, replaceBlock]}
      <button type="button" disabled={busy} onClick={onCancel}>
        {t('data_cancel')}
      </button>
    </section>
  );
}
