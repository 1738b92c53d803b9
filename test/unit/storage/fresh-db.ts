import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach } from 'vitest';
import type { Clip } from '../../../src/core/model';
import { closeDatabase } from '../../../src/storage/db';

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

export function clip(overrides: Partial<Clip> & Pick<Clip, 'id'>): Clip {
  return {
    url: `https://example.com/${overrides.id}`,
    pageTitle: 'A page',
    description: '',
    heading: '',
    comment: '',
    categoryId: 'notable-articles',
    issueId: 'issue-1',
    order: 0,
    createdAt: '2024-03-01T10:00:00.000Z',
    updatedAt: '2024-03-01T10:00:00.000Z',
    ...overrides,
  };
}
