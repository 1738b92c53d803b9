import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach } from 'vitest';
import type { ClipInput } from '../../../src/core/messages';
import { closeDatabase } from '../../../src/storage/db';

// The worker's save path against the real storage code, under the extension's own name:
// each test starts from no database.
afterEach(async () => {
  await closeDatabase();
  await deleteDB('digest-clipper');
});

/** A capture of one plain page into Tools, as the popup sends it. */
export const input = (over: Partial<ClipInput> = {}): ClipInput => ({
  url: 'https://example.com/post',
  pageTitle: 'Post',
  description: '',
  heading: 'Post',
  comment: '',
  categoryId: 'tools',
  ...over,
});
