import { localIsoDate } from '../../storage/issues';

/** `digest-clipper-backup-2024-03-08.json`: dated, so several backups sort and never clash. */
export function backupFileName(now: Date = new Date()): string {
  return `digest-clipper-backup-${localIsoDate(now)}.json`;
}

/**
 * Hands text to the browser as a file download. A link with `download` rather than the
 * downloads API, which would need another permission for what a page can do itself.
 */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started from the URL by the time this runs; free the blob after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
