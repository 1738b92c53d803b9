import { describe, expect, it } from 'vitest';
import { backupReminder } from '../../../src/core/backup/reminder';
import { addClip } from '../../../src/storage/clips/clips';
import {
  getBackupReminder,
  recordBackup,
  requestPersistence,
  setBackupReminderDays,
  storageStatus,
} from '../../../src/storage/persistence';
import { at, draftIssue, freshDb } from './fresh-db';

describe('backupReminder (the rule)', () => {
  const now = new Date('2024-03-20T12:00:00Z');
  const cases: Array<[string, Parameters<typeof backupReminder>[0], boolean, number | null]> = [
    ['nothing to lose', { reminderDays: 14, lastBackupAt: '', oldestClipAt: null }, false, null],
    [
      'turned off',
      { reminderDays: 0, lastBackupAt: '', oldestClipAt: '2020-01-01T00:00:00Z' },
      false,
      null,
    ],
    [
      'never backed up, clips 13 days old',
      { reminderDays: 14, lastBackupAt: '', oldestClipAt: '2024-03-07T00:00:00Z' },
      false,
      null,
    ],
    [
      'never backed up, clips 14 days old',
      { reminderDays: 14, lastBackupAt: '', oldestClipAt: '2024-03-06T12:00:00Z' },
      true,
      null,
    ],
    [
      'backup 3 days ago',
      {
        reminderDays: 7,
        lastBackupAt: '2024-03-17T11:00:00Z',
        oldestClipAt: '2020-01-01T00:00:00Z',
      },
      false,
      3,
    ],
    [
      'backup 30 days ago',
      {
        reminderDays: 7,
        lastBackupAt: '2024-02-19T12:00:00Z',
        oldestClipAt: '2020-01-01T00:00:00Z',
      },
      true,
      30,
    ],
  ];
  for (const [what, input, due, days] of cases) {
    it(`${what}: ${due ? 'due' : 'not due'}`, () => {
      expect(backupReminder(input, now)).toEqual({ due, daysSinceBackup: days });
    });
  }
});

describe('the reminder in storage', () => {
  it('is due after the configured days without a backup, and not after one', async () => {
    const db = freshDb();
    await draftIssue('i', db);
    expect(await getBackupReminder({ ...db, now: at(2024, 3, 1) })).toMatchObject({
      due: false,
      reminderDays: 14,
    });
    await addClip(
      {
        url: 'https://a.example/',
        pageTitle: '',
        description: '',
        heading: '',
        comment: '',
        categoryId: 'tools',
        issueId: 'i',
      },
      { ...db, now: at(2024, 3, 1) },
    );
    await setBackupReminderDays(10, db);
    expect((await getBackupReminder({ ...db, now: at(2024, 3, 12) })).due).toBe(true);
    await recordBackup({ ...db, now: at(2024, 3, 12) });
    const after = await getBackupReminder({ ...db, now: at(2024, 3, 15) });
    expect(after).toMatchObject({ due: false, daysSinceBackup: 3, reminderDays: 10 });
    expect(after.lastBackupAt).toBe(at(2024, 3, 12)().toISOString());
  });

  it('clamps the setting to whole days between 0 and ten years', async () => {
    const db = freshDb();
    await setBackupReminderDays(-5, db);
    expect((await getBackupReminder(db)).reminderDays).toBe(0);
    await setBackupReminderDays(2.6, db);
    expect((await getBackupReminder(db)).reminderDays).toBe(3);
  });
});

describe('persistent storage', () => {
  it('reports persisted state with the estimate', async () => {
    const manager = {
      persisted: async () => true,
      estimate: async () => ({ usage: 1234, quota: 10_000 }),
    };
    expect(await storageStatus(manager)).toEqual({
      persistence: 'persisted',
      usage: 1234,
      quota: 10_000,
    });
  });

  it('says "unsupported" where the browser has no StorageManager', async () => {
    expect(await storageStatus(undefined)).toEqual({
      persistence: 'unsupported',
      usage: null,
      quota: null,
    });
    expect(await requestPersistence({})).toBe('unsupported');
  });

  it('requests persistence and reports a refusal as best-effort', async () => {
    expect(await requestPersistence({ persist: async () => false })).toBe('best-effort');
    expect(await requestPersistence({ persist: async () => true })).toBe('persisted');
  });

  it('still reports persistence when the estimate fails', async () => {
    const manager = {
      persisted: async () => false,
      estimate: () => Promise.reject(new Error('no')),
    };
    expect(await storageStatus(manager)).toEqual({
      persistence: 'best-effort',
      usage: null,
      quota: null,
    });
  });
});
