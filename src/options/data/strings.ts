/**
 * The data panel's visible strings in English. The shown text comes from `_locales`
 * (`data_<key>`, English and Japanese); this map is the fallback where no `chrome.i18n`
 * exists, and a unit test holds `_locales/en` equal to it. Kept apart from the
 * workspace's own map so the two can change apart.
 */
const EN = {
  title: 'Data',
  backupTitle: 'Backup',
  backupIntro:
    'Your clips live only in this browser. Export a backup to keep them safe, or to move them to another browser.',
  exportBackup: 'Export backup',
  exported: 'Backup exported as $1.',
  exportedBroken:
    'Exported $1, but it would be refused on import as it is: $2. Keep the file and report this problem.',
  importBackup: 'Import backup',
  importHint:
    'A backup restores everything; a teammate’s backup or pack can be merged into your draft.',
  reading: 'Reading $1…',
  refused: 'Cannot import $1: $2. Nothing was changed.',
  tooLarge:
    'Cannot import $1: it is $2 MB, larger than any backup ($3 MB at most). Nothing was changed.',
  fileSummary: '$1: a $2 from $3 with $4 issues, $5 categories and $6 clips.',
  replaceTitle: 'Replace everything (restore)',
  replaceWarning: 'All data in this browser is replaced by the file’s: $1 clips now, $2 after.',
  replaceButton: 'Replace everything',
  mergeTitle: 'Merge into current draft',
  mergeButton: 'Merge into current draft',
  mergeNothing: 'Your draft already holds everything in this file; merging changes nothing.',
  previewAdded: '$1 new clips',
  previewMerged: '$1 clips merged with yours (same page)',
  previewUnchanged: '$1 clips already in your draft',
  previewCategories: 'New categories: $1',
  cancel: 'Cancel',
  restored: 'Restored $1 issues and $2 clips from $3.',
  merged: 'Merged $1: $2 added, $3 merged, $4 already there.',
  failed: 'Something went wrong, nothing was changed: $1',
  storageTitle: 'Storage',
  persisted: 'Persistent: the browser will not clear your clips to free space.',
  bestEffort:
    'Not persistent: the browser may clear your clips when disk space runs low. Export backups regularly.',
  unsupported: 'This browser does not say whether your clips are kept persistently.',
  askPersist: 'Ask to keep data persistently',
  usage: 'Using $1 of $2 available.',
  lastBackup: 'Last backup: $1.',
  never: 'never',
  daysAgo: '$1 days ago',
  today: 'today',
  reminderDue: 'It is time to export a backup: $1.',
  reminderNever: 'no backup was ever made',
  reminderDays: 'Remind me to back up after this many days (0 = never)',
  removeTitle: 'Remove all data',
  removeButton: 'Remove all data',
  removeQuestion:
    'Remove every clip, issue, category, draft and setting from this browser? This cannot be undone; export a backup first if you may need them.',
  removeConfirm: 'Remove everything',
  removed: 'All data was removed.',
  kindBackup: 'backup',
  kindPack: 'pack',
};

export type DataString = keyof typeof EN;
/** Every string, English; `_locales/<lang>/messages.json` holds them as `data_<key>`. */
export const DATA_STRINGS: Readonly<Record<DataString, string>> = EN;

interface I18n {
  getMessage(name: string, substitutions?: string[]): string;
}

export function say(key: DataString, ...values: (string | number)[]): string {
  const subs = values.map(String);
  const i18n = (globalThis as { chrome?: { i18n?: I18n } }).chrome?.i18n;
  const translated = i18n?.getMessage(`data_${key}`, subs);
  if (translated) return translated;
  return EN[key].replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
