import { useEffect, useState } from 'preact/hooks';
import {
  getBackupReminder,
  type ReminderState,
  requestPersistence,
  type StorageStatus,
  setBackupReminderDays,
  storageStatus,
} from '../../storage/persistence';
import { t } from '../../ui/i18n';
import { formatBytes } from './download';
import type { PanelProps } from './types';

const STATE_TEXT = {
  persisted: 'data_persisted',
  'best-effort': 'data_bestEffort',
  unsupported: 'data_unsupported',
} as const;

function lastBackupText(reminder: ReminderState): string {
  if (reminder.daysSinceBackup === null) return t('data_never');
  return reminder.daysSinceBackup === 0
    ? t('data_today')
    : t('data_daysAgo', reminder.daysSinceBackup);
}

/**
 * Whether the browser keeps the database persistently, how much it uses, and the backup
 * reminder. Persistence is requested when the panel opens: without it the browser may
 * evict the database under storage pressure (Chrome grants it to extensions with
 * `unlimitedStorage` silently; Firefox asks once and remembers the answer).
 */
export function StoragePanel({ onError, version = 0 }: PanelProps) {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [reminder, setReminder] = useState<ReminderState | null>(null);

  async function refresh(ask: boolean) {
    try {
      if (ask) await requestPersistence();
      setStatus(await storageStatus());
      setReminder(await getBackupReminder());
    } catch (error) {
      onError(error);
    }
  }

  // Re-read when the data changes; ask for persistence only when the panel first opens.
  useEffect(() => {
    void refresh(version === 0);
  }, [version]);

  async function changeDays(event: Event) {
    const days = Number((event.currentTarget as HTMLInputElement).value);
    if (!Number.isFinite(days)) return;
    await setBackupReminderDays(days).catch(onError);
    await refresh(false);
  }

  return (
    <section aria-labelledby="data-storage">
      <h3 id="data-storage">{t('data_storageTitle')}</h3>
      {status && (
        <p data-testid="persistence" data-state={status.persistence}>
          {t(STATE_TEXT[status.persistence])}
        </p>
      )}
      {status?.persistence === 'best-effort' && (
        <button type="button" onClick={() => refresh(true)}>
          {t('data_askPersist')}
        </button>
      )}
      {status?.usage != null && status.quota != null && (
        <p class="muted">{t('data_usage', formatBytes(status.usage), formatBytes(status.quota))}</p>
      )}
      {reminder && (
        <>
          <p>{t('data_lastBackup', lastBackupText(reminder))}</p>
          {reminder.due && (
            <p role="status" class="error">
              {t(
                'data_reminderDue',
                reminder.daysSinceBackup === null
                  ? t('data_reminderNever')
                  : t('data_daysAgo', reminder.daysSinceBackup),
              )}
            </p>
          )}
          <label for="data-reminder-days">{t('data_reminderDays')}</label>
          <input
            id="data-reminder-days"
            type="number"
            min={0}
            max={3650}
            step={1}
            value={reminder.reminderDays}
            onChange={changeDays}
          />
        </>
      )}
    </section>
  );
}
