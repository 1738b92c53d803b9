import { localIsoDate } from '../../storage/issues/issues';

/** `digest-clipper-backup-2024-03-08.json`: dated, so several backups sort and never clash. */
export function backupFileName(now: Date = new Date()): string {
  return `digest-clipper-backup-${localIsoDate(now)}.json`;
}

export function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}

/** 1.2 MB, 340 KB: enough precision to see growth, none to distract. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}
