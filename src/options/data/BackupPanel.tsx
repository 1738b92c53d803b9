import { useState } from 'preact/hooks';
import { parseBackup, serializeBackup } from '../../core/backup';
import type { BackupFile } from '../../core/backup/schema';
import { exportBackup } from '../../storage/backup/backup';
import { recordBackup } from '../../storage/persistence';
import { t } from '../../ui/i18n';
import { downloadText } from '../shared/download';
import { FilePicker } from '../shared/FilePicker';
import { backupFileName, megabytes } from './download';
import { ImportReview } from './ImportReview';
import type { PanelProps } from './types';

/** Far above a real backup (years of clips are a few MB); refused before it is read. */
const MAX_FILE_BYTES = 200_000_000;

type Message = { kind: 'ok' | 'error' | 'busy'; text: string } | null;

/**
 * **Export backup** writes the whole database as one file; **Import backup** reads one,
 * validates all of it, and shows what it would do before anything is written.
 */
export function BackupPanel({ onChanged, onError }: PanelProps) {
  const [message, setMessage] = useState<Message>(null);
  const [chosen, setChosen] = useState<{ name: string; file: BackupFile } | null>(null);

  async function exportNow() {
    try {
      const name = backupFileName();
      const text = serializeBackup(await exportBackup());
      // Handed over even if it would not import as it is: the data is still the user's, and
      // a file that needs a fix by hand beats no backup. The user is told what is wrong.
      downloadText(text, name, 'application/json');
      const check = parseBackup(text);
      if (!check.ok) {
        setMessage({ kind: 'error', text: t('data_exportedBroken', name, check.error) });
        return;
      }
      await recordBackup();
      setMessage({ kind: 'ok', text: t('data_exported', name) });
      onChanged();
    } catch (error) {
      onError(error);
      setMessage({ kind: 'error', text: t('data_failed', (error as Error).message) });
    }
  }

  async function choose(file: File) {
    setChosen(null);
    if (file.size > MAX_FILE_BYTES) {
      const size = megabytes(file.size);
      setMessage({
        kind: 'error',
        text: t('data_tooLarge', file.name, size, megabytes(MAX_FILE_BYTES)),
      });
      return;
    }
    setMessage({ kind: 'busy', text: t('data_reading', file.name) });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setMessage({ kind: 'error', text: t('data_refused', file.name, (error as Error).message) });
      return;
    }
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: t('data_refused', file.name, parsed.error) });
      return;
    }
    setMessage(null);
    setChosen({ name: file.name, file: parsed.value });
  }

  function finished(text: string) {
    setChosen(null);
    setMessage({ kind: 'ok', text });
    onChanged();
  }

  return (
    <section aria-labelledby="data-backup">
      <h3 id="data-backup">{t('data_backupTitle')}</h3>
      <p class="muted">{t('data_backupIntro')}</p>
      <div class="data-actions">
        <button type="button" class="primary" onClick={exportNow}>
          {t('data_exportBackup')}
        </button>
        <FilePicker
          label={t('data_importBackup')}
          accept="application/json,.json"
          onFile={(file) => void choose(file)}
        />
      </div>
      <p class="muted">{t('data_importHint')}</p>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          class={message.kind === 'error' ? 'error' : message.kind === 'ok' ? 'ok' : 'muted'}
        >
          {message.text}
        </p>
      )}
      {chosen && (
        <ImportReview
          name={chosen.name}
          file={chosen.file}
          onDone={finished}
          onCancel={() => setChosen(null)}
          onError={(error) => {
            onError(error);
            setChosen(null);
            setMessage({ kind: 'error', text: t('data_failed', (error as Error).message) });
          }}
        />
      )}
    </section>
  );
}
