import { openDB } from 'idb';

/**
 * Version 1 of the database, frozen: a copy of the version-1 upgrade block as it shipped
 * (src/storage/schema.ts at commit 033519d), with plain untyped records. It must never be
 * edited to follow the current schema: the migration tests build an old database with it
 * and then open that with today's opener, which is what happens on a user's machine.
 * When version 2 arrives, add a frozen `v2.ts` beside this one; do not change this file.
 */
export const V1 = 1;

export interface V1Data {
  clips: Record<string, unknown>[];
  categories: Record<string, unknown>[];
  issues: Record<string, unknown>[];
  settings: Record<string, unknown>;
  drafts: Record<string, unknown>[];
}

export async function createV1Database(name: string, data: V1Data): Promise<void> {
  const db = await openDB(name, V1, {
    upgrade(database, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const clips = database.createObjectStore('clips', { keyPath: 'id' });
        clips.createIndex('by-category', 'categoryId');
        clips.createIndex('by-issue', 'issueId');
        clips.createIndex('by-created', 'createdAt');
        clips.createIndex('by-url', 'normalizedUrl');
        database
          .createObjectStore('categories', { keyPath: 'id' })
          .createIndex('by-order', 'order');
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
      }
    },
  });
  const tx = db.transaction(['clips', 'categories', 'issues', 'settings', 'drafts'], 'readwrite');
  for (const clip of data.clips) await tx.objectStore('clips').put(clip);
  for (const category of data.categories) await tx.objectStore('categories').put(category);
  for (const issue of data.issues) await tx.objectStore('issues').put(issue);
  for (const [key, value] of Object.entries(data.settings)) {
    await tx.objectStore('settings').put(value, key);
  }
  for (const draft of data.drafts) await tx.objectStore('drafts').put(draft);
  await tx.done;
  db.close();
}

/** Records exactly as version 1 wrote them: clips carry their `normalizedUrl`. */
export const V1_SAMPLE: V1Data = {
  issues: [
    {
      id: 'i1',
      title: 'Neco Weekly ({date})',
      number: 12,
      date: '2024-03-01',
      header: '',
      intro: 'Hello.',
      afterwordHeading: 'おわりに',
      afterword: 'Bye.',
      preset: 'embedly-link',
      status: 'draft',
      sectionText: { tools: 'Tools text.' },
      categoryOrder: ['new-features', 'notable-articles', 'tools', 'books'],
      createdAt: '2024-03-01T10:00:00.000Z',
      updatedAt: '2024-03-01T10:00:00.000Z',
    },
  ],
  categories: [{ id: 'books', emoji: '📘', name: 'Books', order: 3 }],
  clips: [
    {
      id: 'c1',
      url: 'https://example.com/post?utm_source=x',
      normalizedUrl: 'https://example.com/post',
      pageTitle: 'Post',
      description: 'About posts',
      heading: 'A post',
      comment: 'Read it.  \n\n```js\nx()\n```',
      categoryId: 'books',
      issueId: 'i1',
      order: 0,
      createdAt: '2024-03-01T10:00:00.000Z',
      updatedAt: '2024-03-01T10:00:00.000Z',
      clippedBy: 'Aiko',
    },
    {
      id: 'c2',
      url: 'https://example.org/gone',
      normalizedUrl: 'https://example.org/gone',
      pageTitle: 'Gone',
      description: '',
      heading: '',
      comment: '',
      categoryId: 'tools',
      issueId: 'i1',
      order: 0,
      createdAt: '2024-03-01T11:00:00.000Z',
      updatedAt: '2024-03-01T11:00:00.000Z',
      deletedAt: '2024-03-02T09:00:00.000Z',
    },
  ],
  settings: { clippedBy: 'Aiko', titleTemplate: 'Neco Weekly ({date})' },
  drafts: [
    { url: 'https://example.net/', comment: 'half-written', updatedAt: '2024-03-01T12:00:00.000Z' },
  ],
};
