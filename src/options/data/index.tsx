import { useCallback, useState } from 'preact/hooks';
import { BackupPanel } from './BackupPanel';
import { RemoveAllData } from './RemoveAllData';
import { StoragePanel } from './StoragePanel';
import { isStorageUnavailable, StorageProblem } from './StorageProblem';
import './data.css';
import { t } from '../../ui/i18n';

export interface DataPanelProps {
  /** Called after the panel wrote to the database (import, merge, removal). */
  onChanged?: () => void;
}

/**
 * The workspace's data settings: backup export and import with a merge preview,
 * storage persistence with the backup reminder, and removing all data. Self-contained:
 * mount it anywhere in the options page. Writes are also announced on the storage change
 * channel, so views that listen there refresh by themselves.
 */
export function DataPanel({ onChanged }: DataPanelProps = {}) {
  const [version, setVersion] = useState(0);
  const [problem, setProblem] = useState<unknown>(null);
  const changed = useCallback(() => {
    setVersion((v) => v + 1);
    onChanged?.();
  }, [onChanged]);
  const failed = useCallback((error: unknown) => {
    if (isStorageUnavailable(error)) setProblem(error);
    console.error(error);
  }, []);

  if (problem) return <StorageProblem error={problem} />;
  const props = { onChanged: changed, onError: failed, version };
  return (
    <section class="data-panel" aria-labelledby="data-title">
      <h2 id="data-title">{t('data_title')}</h2>
      <BackupPanel {...props} />
      <StoragePanel {...props} />
      <RemoveAllData {...props} />
    </section>
  );
}
