import { openDB } from 'idb';
import { createV3Database } from './v3';

/**
 * Version 4 of the database, frozen: version 3 (v3.ts) and the version-4 block as it
 * shipped, which added the `archive` store, with plain untyped records in version 4's
 * shape. Duplicate keys are as version 4 computed them: `http` and `https`, `www.` and bare
 * host kept apart. It must never be edited to follow the current schema.
 */
export const V4 = 4;

export interface V4Data {
  clips: Record<string, unknown>[];
  archive: Record<string, unknown>[];
  issues: Record<string, unknown>[];
  drafts: Record<string, unknown>[];
}

export async function createV4Database(name: string, data: V4Data): Promise<void> {
  await createV3Database(name, { clips: [], issues: [], settings: {} });
  const db = await openDB(name, V4, {
    upgrade(database) {
      const archive = database.createObjectStore('archive', { keyPath: 'issueId' });
      archive.createIndex('by-url', 'urls', { multiEntry: true });
      archive.createIndex('by-clip', 'ids', { multiEntry: true });
      archive.createIndex('by-newest', 'newest');
      archive.createIndex('by-oldest', 'oldest');
      archive.createIndex('by-size', 'size');
    },
  });
  const tx = db.transaction(['clips', 'archive', 'issues', 'drafts'], 'readwrite');
  for (const clip of data.clips) await tx.objectStore('clips').put(clip);
  for (const record of data.archive) await tx.objectStore('archive').put(record);
  for (const issue of data.issues) await tx.objectStore('issues').put(issue);
  for (const draft of data.drafts) await tx.objectStore('drafts').put(draft);
  await tx.done;
  db.close();
}

const clip = (fields: Record<string, unknown>) => ({
  pageTitle: 'Page',
  description: '',
  heading: '',
  comment: '',
  categoryId: 'tools',
  createdAt: '2024-03-01T10:00:00.000Z',
  updatedAt: '2024-03-01T10:00:00.000Z',
  ...fields,
});

const published = [
  clip({
    id: 'pub-www',
    issueId: 'p1',
    order: 0,
    url: 'https://www.example.com/rust-1-78/',
    normalizedUrl: 'https://www.example.com/rust-1-78',
  }),
  clip({
    id: 'pub-plain',
    issueId: 'p1',
    order: 1,
    url: 'https://example.org/already',
    normalizedUrl: 'https://example.org/already',
  }),
];

/**
 * A published issue whose archive record holds a `www.` link, a draft with an `http` link
 * and one already in the new form, and two comments being typed: one on an `http` page,
 * one on the same page over https typed later.
 */
export const V4_SAMPLE: V4Data = {
  issues: [
    { id: 'p1', title: 'Issue 1', status: 'published', number: 1, date: '2024-02-23' },
    { id: 'd1', title: 'Issue 2', status: 'draft', number: 2, date: '2024-03-01' },
  ],
  archive: [
    {
      issueId: 'p1',
      clips: published,
      urls: ['https://www.example.com/rust-1-78', 'https://example.org/already'],
      ids: ['pub-www', 'pub-plain'],
      newest: '2024-03-01T10:00:00.000Z',
      oldest: '2024-03-01T10:00:00.000Z',
      size: 2,
    },
  ],
  clips: [
    clip({
      id: 'draft-http',
      issueId: 'd1',
      order: 0,
      url: 'http://blog.example.net/posts//async?utm_source=x',
      normalizedUrl: 'http://blog.example.net/posts//async',
    }),
    clip({
      id: 'draft-same',
      issueId: 'd1',
      order: 1,
      url: 'https://example.org/kept',
      normalizedUrl: 'https://example.org/kept',
    }),
  ],
  drafts: [
    {
      url: 'http://example.com/typing',
      comment: 'older, on http',
      updatedAt: '2024-03-01T09:00:00.000Z',
    },
    {
      url: 'https://example.com/typing',
      comment: 'newer, on https',
      updatedAt: '2024-03-01T09:30:00.000Z',
    },
    {
      url: 'https://www.example.com/alone',
      comment: 'alone',
      updatedAt: '2024-03-01T08:00:00.000Z',
    },
  ],
};
