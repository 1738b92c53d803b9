/**
 * When to remind the editor to export a backup. Pure, so the rule is tested with a frozen
 * clock; storage supplies the inputs (src/storage/persistence.ts).
 */

export interface ReminderInput {
  /** Days without a backup before reminding; 0 turns the reminder off. */
  reminderDays: number;
  /** ISO time of the last backup exported from this browser; '' for never. */
  lastBackupAt: string;
  /** ISO time of the oldest clip (trash included); null when there is nothing to lose. */
  oldestClipAt: string | null;
}

export interface BackupReminder {
  due: boolean;
  /** Whole days since the last backup; null when none was ever made. */
  daysSinceBackup: number | null;
}

const DAY = 24 * 60 * 60 * 1000;

function daysBetween(fromIso: string, now: Date): number {
  const from = Date.parse(fromIso);
  return Number.isNaN(from) ? Number.POSITIVE_INFINITY : Math.floor((now.getTime() - from) / DAY);
}

/**
 * Due when the reminder is on, there is something to lose, and the last backup (or, for
 * an editor who never made one, the oldest clip) is at least `reminderDays` old.
 */
export function backupReminder(input: ReminderInput, now: Date): BackupReminder {
  const daysSinceBackup = input.lastBackupAt ? daysBetween(input.lastBackupAt, now) : null;
  if (input.reminderDays <= 0 || input.oldestClipAt === null) {
    return { due: false, daysSinceBackup };
  }
  const since = input.lastBackupAt || input.oldestClipAt;
  return { due: daysBetween(since, now) >= input.reminderDays, daysSinceBackup };
}
