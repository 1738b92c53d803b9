import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach } from 'vitest';
import { closeDatabase } from '../../../src/storage/db';
import { saveIssue } from '../../../src/storage/issues/issues';
import { makeClip, makeIssue } from '../helpers/backup-data';

const opened: string[] = [];

/** A database name no other test uses; closed and deleted after the test. */
export function freshDb(): { dbName: string } {
  const dbName = `test-${crypto.randomUUID()}`;
  opened.push(dbName);
  return { dbName };
}

afterEach(async () => {
  for (const name of opened.splice(0)) {
    await closeDatabase(name);
    await deleteDB(name);
  }
});

/** A frozen clock: local time, so the expected calendar date holds in any time zone. */
export const at =
  (year: number, month: number, day: number, hour = 12, minute = 0) =>
  () =>
    new Date(year, month - 1, day, hour, minute);

/** One clip with every field written out (shared with the backup and merge tests). */
export const clip = makeClip;

/** A draft issue with that id: only a draft takes new clips. */
export const draftIssue = (id: string, db: { dbName: string }) => saveIssue(makeIssue({ id }), db);
