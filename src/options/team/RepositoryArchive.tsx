import { useState } from 'preact/hooks';
import { ARCHIVE_LIMITS } from '../../core/issue/archive-plan';
import { styleOf } from '../../core/markdown';
import { digestOf } from '../../core/model';
import { type ArchiveImport, type ArchiveProgress, importArchive } from '../../team/archive-import';
import { t } from '../../ui/i18n';
import { useCustomStyles } from '../shared/use-styles';
import { loadArchiveState, saveArchiveState } from './archive-state';
import { failureText } from './messages';
import type { ActionProps } from './types';

type Props = Omit<ActionProps, 'markdown' | 'onChanged'>;

const MB = 1024 * 1024;

function skipText(skip: ArchiveImport['skipped'][number]): string {
  switch (skip.reason) {
    case 'tooLarge':
      return t(
        'team_skipTooLarge',
        skip.path,
        (skip.size / MB).toFixed(1),
        ARCHIVE_LIMITS.maxFileBytes / MB,
      );
    case 'tooMany':
      return t('team_skipTooMany', skip.path, ARCHIVE_LIMITS.maxFiles);
    case 'notNamed':
      return t('team_skipNotNamed', skip.path);
    case 'notUtf8':
      return t('team_skipNotUtf8', skip.path);
    case 'binary':
      return t('team_skipBinary', skip.path);
    default:
      return t('team_skipUnreadable', skip.path, skip.detail ?? '');
  }
}

function progressText(progress: ArchiveProgress): string {
  return progress.phase === 'reading'
    ? t('team_archiveReading', progress.done, progress.total)
    : t('team_archiveWriting', progress.done, progress.total);
}

/**
 * The digest's published issues, read from its repository into the archive, again only
 * what changed. A line says how far the read is; the files left out are listed with why.
 */
export function RepositoryArchive({ connection, doc, busy, run }: Props) {
  const customStyles = useCustomStyles();
  const [progress, setProgress] = useState<ArchiveProgress | null>(null);
  const [skipped, setSkipped] = useState<ArchiveImport['skipped']>([]);
  const { config, token } = connection;
  const folders = config.archiveFolders.join(', ');

  const read = () =>
    run(async () => {
      if (!config.editionPath || config.archiveFolders.length === 0) {
        return { kind: 'error', text: t('team_archiveNeedsFolders') };
      }
      setSkipped([]);
      const digestId = digestOf(doc.issue);
      try {
        const before = await loadArchiveState(digestId, config.url, config.branch);
        const result = await importArchive(
          { config, token },
          { edition: config.editionPath, archive: config.archiveFolders },
          { id: digestId, style: styleOf(doc.issue.style, customStyles) },
          before,
          { onProgress: setProgress },
        );
        await saveArchiveState(digestId, config.url, config.branch, result.state);
        setSkipped(result.skipped);
        const done = t(
          'team_archiveDone',
          result.head.slice(0, 7),
          result.written,
          result.unchanged,
          result.removed,
        );
        const left = result.skipped.length
          ? ` ${t('team_archiveSkipped', result.skipped.length)}`
          : '';
        return { kind: 'info', text: done + left };
      } catch (error) {
        return { kind: 'error', text: failureText(error, config.branch) };
      } finally {
        setProgress(null);
      }
    });

  return (
    <section aria-labelledby="team-archive-title">
      <h3 id="team-archive-title">{t('team_archiveTitle')}</h3>
      <p class="muted">{t('team_archiveIntro', folders || '—')}</p>
      <button type="button" disabled={busy} onClick={read}>
        {t('team_archiveRead')}
      </button>
      <p role="status" aria-live="polite" class="team-progress">
        {progress && progressText(progress)}
      </p>
      {skipped.length > 0 && (
        <details class="team-skipped">
          <summary>{t('team_archiveSkippedList', skipped.length)}</summary>
          <ul>
            {skipped.map((skip) => (
              <li key={skip.path}>{skipText(skip)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
