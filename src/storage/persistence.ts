import { type BackupReminder, backupReminder } from '../core/backup/reminder';
import { type Clock, systemClock } from '../core/model';
import { type StorageOptions, transact } from './db';
import { DEFAULT_SETTINGS } from './digests/defaults';

/**
 * Persistent storage and the backup reminder. Without `navigator.storage.persist()` the
 * browser may evict the database under storage pressure; with `unlimitedStorage` Chrome
 * already treats extension storage as persistent, Firefox asks the user.
 */

export type PersistenceState = 'persisted' | 'best-effort' | 'unsupported';

export interface StorageStatus {
  persistence: PersistenceState;
  /** Bytes used and available to this extension, when the browser says. */
  usage: number | null;
  quota: number | null;
}

/** The parts of `navigator.storage` used here; tests pass a stand-in. */
export type StorageManagerLike = Partial<
  Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>
>;

const browserStorage = (): StorageManagerLike | undefined => globalThis.navigator?.storage;

export async function storageStatus(
  manager: StorageManagerLike | undefined = browserStorage(),
): Promise<StorageStatus> {
  const persisted = manager?.persisted ? await manager.persisted() : null;
  const estimate = manager?.estimate ? await manager.estimate().catch(() => null) : null;
  return {
    persistence: persisted === null ? 'unsupported' : persisted ? 'persisted' : 'best-effort',
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
  };
}

/** Asks for persistent storage; resolves to the state afterwards. */
export async function requestPersistence(
  manager: StorageManagerLike | undefined = browserStorage(),
): Promise<PersistenceState> {
  if (!manager?.persist) return 'unsupported';
  return (await manager.persist()) ? 'persisted' : 'best-effort';
}

export const BACKUP_SETTING_DEFAULTS = {
  backupReminderDays: DEFAULT_SETTINGS.backupReminderDays,
  lastBackupAt: DEFAULT_SETTINGS.lastBackupAt,
};

export interface ReminderState extends BackupReminder {
  reminderDays: number;
  lastBackupAt: string;
}

export async function getBackupReminder(
  options: StorageOptions & { now?: Clock } = {},
): Promise<ReminderState> {
  const stores = ['settings', 'clips', 'archive'] as const;
  const input = await transact(options, stores, 'readonly', async (tx) => {
    const settings = tx.objectStore('settings');
    const [days, last, oldest, oldestArchived] = await Promise.all([
      settings.get('backupReminderDays'),
      settings.get('lastBackupAt'),
      tx.objectStore('clips').index('by-created').openKeyCursor(),
      tx.objectStore('archive').index('by-oldest').openKeyCursor(),
    ]);
    const dates = [oldest?.key, oldestArchived?.key].filter((d): d is string => !!d).sort();
    return {
      reminderDays: typeof days === 'number' ? days : BACKUP_SETTING_DEFAULTS.backupReminderDays,
      lastBackupAt: typeof last === 'string' ? last : '',
      oldestClipAt: dates[0] ?? null,
    };
  });
  return { ...input, ...backupReminder(input, (options.now ?? systemClock)()) };
}

/** Called once a backup file has been handed to the browser for download. */
export async function recordBackup(options: StorageOptions & { now?: Clock } = {}) {
  const stamp = (options.now ?? systemClock)().toISOString();
  await transact(options, ['settings'], 'readwrite', async (tx) => {
    await tx.objectStore('settings').put(stamp, 'lastBackupAt');
  });
}

/** 0 turns the reminder off; whole days, at most ten years. */
export async function setBackupReminderDays(days: number, options: StorageOptions = {}) {
  const value = Math.min(3650, Math.max(0, Math.round(days)));
  await transact(options, ['settings'], 'readwrite', async (tx) => {
    await tx.objectStore('settings').put(value, 'backupReminderDays');
  });
}
