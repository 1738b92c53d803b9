import { openDB } from 'idb';

/**
 * Version 3 of the database, frozen: the version-1 to version-3 upgrade blocks as they
 * shipped (src/storage/db-schema.ts at commit fff6088) for a database made from nothing,
 * with plain untyped records in version 3's shape: every clip in `clips`, a published
 * issue's too. It must never be edited to follow the current schema: the migration tests
 * build an old database with it and open that with today's opener, as happens on a user's
 * machine. When version 4 is superseded, add a frozen `v4.ts` beside this one.
 */
export const V3 = 3;

export interface V3Data {
  clips: Record<string, unknown>[];
  issues: Record<string, unknown>[];
  settings: Record<string, unknown>;
}

export async function createV3Database(name: string, data: V3Data): Promise<void> {
  const db = await openDB(name, V3, {
    upgrade(database, _oldVersion, _newVersion, tx) {
      const clips = database.createObjectStore('clips', { keyPath: 'id' });
      clips.createIndex('by-category', 'categoryId');
      clips.createIndex('by-issue', 'issueId');
      clips.createIndex('by-created', 'createdAt');
      clips.createIndex('by-url', 'normalizedUrl');
      database.createObjectStore('categories', { keyPath: 'id' }).createIndex('by-order', 'order');
      database.createObjectStore('issues', { keyPath: 'id' }).createIndex('by-status', 'status');
      database.createObjectStore('settings');
      database.createObjectStore('drafts', { keyPath: 'url' });
      const categories = tx.objectStore('categories');
      for (const category of [
        { id: 'new-features', emoji: '✨', name: 'New Features', order: 0 },
        { id: 'notable-articles', emoji: '👀', name: 'Notable Articles', order: 1 },
        { id: 'tools', emoji: '\u{1F6E0}\uFE0F', name: 'Tools, Frameworks, Libraries', order: 2 },
      ]) {
        categories.put(category);
      }
      database.createObjectStore('styles', { keyPath: 'name' });
      clips.createIndex('by-position', ['issueId', 'categoryId', 'order']);
      clips.createIndex('by-deleted', 'deletedAt');
      clips.createIndex('by-issue-deleted', ['issueId', 'deletedAt']);
    },
  });
  const tx = db.transaction(['clips', 'issues', 'settings'], 'readwrite');
  for (const clip of data.clips) await tx.objectStore('clips').put(clip);
  for (const issue of data.issues) await tx.objectStore('issues').put(issue);
  for (const [key, value] of Object.entries(data.settings)) {
    await tx.objectStore('settings').put(value, key);
  }
  await tx.done;
  db.close();
}

const issue = (fields: Record<string, unknown>) => ({
  title: 'Neco Weekly ({date})',
  header: '',
  intro: '',
  afterwordHeading: 'おわりに',
  afterword: '',
  style: 'embedly-link',
  sectionText: {},
  categoryOrder: ['new-features', 'notable-articles', 'tools'],
  ...fields,
});

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

/**
 * Records exactly as version 3 wrote them: two published issues, one with three clips
 * (one of them in the trash) and one published with none, and a draft with two clips
 * and a trashed one. The oldest clip is the published issue's trashed one.
 */
export const V3_SAMPLE: V3Data = {
  issues: [
    issue({
      id: 'p1',
      number: 11,
      date: '2024-02-23',
      status: 'published',
      createdAt: '2024-02-20T10:00:00.000Z',
      updatedAt: '2024-02-23T10:00:00.000Z',
      publishedMarkdown: '# Neco Weekly (2024-02-23)\n',
    }),
    issue({
      id: 'p0',
      number: 10,
      date: '2024-02-16',
      status: 'published',
      createdAt: '2024-02-13T10:00:00.000Z',
      updatedAt: '2024-02-16T10:00:00.000Z',
      publishedMarkdown: '# Neco Weekly (2024-02-16)\n',
    }),
    issue({
      id: 'd1',
      number: 12,
      date: '2024-03-01',
      status: 'draft',
      createdAt: '2024-03-01T09:00:00.000Z',
      updatedAt: '2024-03-01T09:00:00.000Z',
    }),
  ],
  clips: [
    clip({
      id: 'old-a',
      issueId: 'p1',
      order: 0,
      url: 'https://example.com/old-a?utm_source=feed',
      normalizedUrl: 'https://example.com/old-a',
      createdAt: '2024-02-21T10:00:00.000Z',
    }),
    clip({
      id: 'old-b',
      issueId: 'p1',
      order: 1,
      categoryId: 'new-features',
      url: 'https://example.com/old-b',
      normalizedUrl: 'https://example.com/old-b',
      comment: 'Worth a read.',
      createdAt: '2024-02-22T10:00:00.000Z',
    }),
    clip({
      id: 'old-gone',
      issueId: 'p1',
      order: 2,
      url: 'https://example.com/old-gone',
      normalizedUrl: 'https://example.com/old-gone',
      createdAt: '2024-02-19T10:00:00.000Z',
      deletedAt: '2024-02-22T12:00:00.000Z',
    }),
    clip({
      id: 'new-a',
      issueId: 'd1',
      order: 0,
      url: 'https://example.com/new-a',
      normalizedUrl: 'https://example.com/new-a',
    }),
    clip({
      id: 'new-b',
      issueId: 'd1',
      order: 1,
      url: 'https://example.com/new-b',
      normalizedUrl: 'https://example.com/new-b',
      createdAt: '2024-03-01T11:00:00.000Z',
    }),
    clip({
      id: 'new-gone',
      issueId: 'd1',
      order: 2,
      url: 'https://example.com/new-gone',
      normalizedUrl: 'https://example.com/new-gone',
      deletedAt: '2024-03-01T12:00:00.000Z',
    }),
  ],
  settings: { clippedBy: 'Aiko', style: 'embedly-link' },
};
