import { openDB } from 'idb';

/**
 * Version 2 of the database, frozen: the version-1 and version-2 upgrade blocks as they
 * shipped (src/storage/schema.ts at commit 585935d) for a database made from nothing, with
 * plain untyped records in version 2's shape (issues name a `style`, a `styles` store).
 * It must never be edited to follow the current schema: the migration tests build an old
 * database with it and open that with today's opener, as happens on a user's machine.
 * When version 3 is superseded, add a frozen `v3.ts` beside this one; do not change this.
 */
export const V2 = 2;

export interface V2Data {
  clips: Record<string, unknown>[];
  categories: Record<string, unknown>[];
  issues: Record<string, unknown>[];
  settings: Record<string, unknown>;
  drafts: Record<string, unknown>[];
  styles: Record<string, unknown>[];
}

const STORES = ['clips', 'categories', 'issues', 'settings', 'drafts', 'styles'] as const;

export async function createV2Database(name: string, data: V2Data): Promise<void> {
  const db = await openDB(name, V2, {
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
      if (oldVersion < 2) {
        // Made from nothing, so version 2's data migration (from version 1) has nothing to do.
        database.createObjectStore('styles', { keyPath: 'name' });
      }
    },
  });
  const tx = db.transaction([...STORES], 'readwrite');
  for (const clip of data.clips) await tx.objectStore('clips').put(clip);
  for (const category of data.categories) await tx.objectStore('categories').put(category);
  for (const issue of data.issues) await tx.objectStore('issues').put(issue);
  for (const [key, value] of Object.entries(data.settings)) {
    await tx.objectStore('settings').put(value, key);
  }
  for (const draft of data.drafts) await tx.objectStore('drafts').put(draft);
  for (const style of data.styles) await tx.objectStore('styles').put(style);
  await tx.done;
  db.close();
}

const clip = (fields: Record<string, unknown>) => ({
  pageTitle: 'Page',
  description: '',
  heading: '',
  comment: '',
  categoryId: 'tools',
  issueId: 'd1',
  createdAt: '2024-03-01T10:00:00.000Z',
  updatedAt: '2024-03-01T10:00:00.000Z',
  ...fields,
});

/**
 * Records exactly as version 2 wrote them: a published issue and a draft; in the draft,
 * Tools holds positions 0, 1 and 4 with a trashed clip at 6 (positions have gaps after
 * removals), and a clip of the published issue is in the trash too.
 */
export const V2_SAMPLE: V2Data = {
  issues: [
    {
      id: 'p1',
      title: 'Neco Weekly ({date})',
      number: 11,
      date: '2024-02-23',
      header: '',
      intro: '',
      afterwordHeading: 'おわりに',
      afterword: '',
      style: 'embedly-link',
      status: 'published',
      sectionText: {},
      categoryOrder: ['new-features', 'notable-articles', 'tools'],
      createdAt: '2024-02-20T10:00:00.000Z',
      updatedAt: '2024-02-23T10:00:00.000Z',
      publishedMarkdown: '# Neco Weekly (2024-02-23)\n',
    },
    {
      id: 'd1',
      title: 'Neco Weekly ({date})',
      number: 12,
      date: '2024-03-01',
      header: '',
      intro: 'Hello.',
      afterwordHeading: 'おわりに',
      afterword: '',
      style: 'embedly-link',
      status: 'draft',
      sectionText: {},
      categoryOrder: ['new-features', 'notable-articles', 'tools'],
      createdAt: '2024-03-01T09:00:00.000Z',
      updatedAt: '2024-03-01T09:00:00.000Z',
    },
  ],
  categories: [],
  clips: [
    clip({
      id: 'old',
      issueId: 'p1',
      order: 0,
      url: 'https://example.com/old',
      normalizedUrl: 'https://example.com/old',
    }),
    clip({
      id: 'old-gone',
      issueId: 'p1',
      order: 1,
      url: 'https://example.com/old-gone',
      normalizedUrl: 'https://example.com/old-gone',
      deletedAt: '2024-02-22T10:00:00.000Z',
    }),
    clip({
      id: 't0',
      order: 0,
      url: 'https://example.com/a?utm_source=x',
      normalizedUrl: 'https://example.com/a',
    }),
    clip({
      id: 't1',
      order: 1,
      url: 'https://example.com/b',
      normalizedUrl: 'https://example.com/b',
    }),
    clip({
      id: 't4',
      order: 4,
      url: 'https://example.com/c',
      normalizedUrl: 'https://example.com/c',
    }),
    clip({
      id: 't6',
      order: 6,
      url: 'https://example.com/d',
      normalizedUrl: 'https://example.com/d',
      deletedAt: '2024-03-02T10:00:00.000Z',
    }),
    clip({
      id: 'n0',
      order: 0,
      categoryId: 'new-features',
      url: 'https://example.com/e',
      normalizedUrl: 'https://example.com/e',
    }),
  ],
  settings: { clippedBy: 'Aiko', style: 'embedly-link' },
  drafts: [],
  styles: [],
};
