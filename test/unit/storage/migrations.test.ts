import { deleteDB, openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { renderIssue } from '../../../src/core/markdown/write/render';
import { exportBackup } from '../../../src/storage/backup/backup';
import { findClipsByUrl } from '../../../src/storage/clips/clips';
import { getPendingComment } from '../../../src/storage/clips/pending-comments';
import { listTrash } from '../../../src/storage/clips/trash';
import { openDatabase } from '../../../src/storage/db';
import { getSettings } from '../../../src/storage/digests/settings';
import { listStyles } from '../../../src/storage/digests/styles';
import { loadIssueDocument } from '../../../src/storage/issues/documents';
import { DB_VERSION } from '../../../src/storage/schema/stores';
import { freshDb } from './fresh-db';
import { createV1Database, V1, V1_SAMPLE } from './migrations/v1';

// One block per earlier version: build it with its frozen upgrade code, fill it, then open
// it with today's opener (which runs every later upgrade block) and read everything back.
describe('upgrading a real version-1 database with data in it', () => {
  it('opens it at the current version with every record intact and readable', async () => {
    const db = freshDb();
    await createV1Database(db.dbName, V1_SAMPLE);

    const opened = await openDatabase(db.dbName);
    expect(opened.version).toBe(DB_VERSION);
    expect([...opened.objectStoreNames]).toContain('styles');
    const doc = await loadIssueDocument('i1', db);
    // Version 2 names the issue's house style where version 1 named its preset.
    const { preset, ...v1Issue } = V1_SAMPLE.issues[0] as Record<string, unknown>;
    expect(preset).toBe('embedly-link');
    expect(doc?.issue).toEqual({ ...v1Issue, style: 'embedly-link' });
    expect(doc?.clips).toEqual([
      expect.objectContaining({ id: 'c1', comment: 'Read it.  \n\n```js\nx()\n```' }),
    ]);
    expect(doc?.categories.map((c) => c.id)).toEqual([
      'new-features',
      'notable-articles',
      'tools',
      'books',
    ]);
    expect((await listTrash(db)).map((c) => c.id)).toEqual(['c2']);
    expect(await findClipsByUrl('https://example.com/post/#x', db)).toHaveLength(1);
    expect(await getSettings(db)).toMatchObject({ clippedBy: 'Aiko' });
    expect(await getPendingComment('https://example.net', db)).toMatchObject({
      comment: 'half-written',
    });
    if (!doc) return;
    expect(renderIssue(doc)).toContain('### A post');
  });

  it('turns the preset setting into the style setting and a custom item template into a style', async () => {
    const db = freshDb();
    const [issue] = V1_SAMPLE.issues;
    await createV1Database(db.dbName, {
      ...V1_SAMPLE,
      issues: [{ ...issue, preset: 'markdown-link', itemTemplate: '- [{heading}]({url})' }],
      settings: { ...V1_SAMPLE.settings, preset: 'embedly-blockquote' },
    });
    const settings = (await getSettings(db)) as Record<string, unknown>;
    expect(settings.style).toBe('embedly-blockquote');
    expect(settings).not.toHaveProperty('preset');
    const styles = await listStyles(db);
    expect(styles).toHaveLength(1);
    expect(styles[0]).toMatchObject({ items: ['- [{heading}]({url})'] });
    const doc = await loadIssueDocument('i1', db);
    expect(doc?.issue.style).toBe(styles[0]?.name);
    expect(doc?.issue).not.toHaveProperty('itemTemplate');
    expect(doc?.issue).not.toHaveProperty('preset');
    if (!doc) return;
    // The issue still renders its items with the template it had in version 1.
    expect(renderIssue(doc, doc.issue.style, styles)).toContain(
      '- [A post](https://example.com/post?utm_source=x)',
    );
  });

  it('exports an upgraded database as a valid backup', async () => {
    const db = freshDb();
    await createV1Database(db.dbName, V1_SAMPLE);
    const file = await exportBackup(db);
    expect(file.clips.map((c) => c.id).sort()).toEqual(['c1', 'c2']);
  });
});

describe('a failing upgrade', () => {
  it('aborts and leaves the old data readable by the current opener', async () => {
    const db = freshDb();
    await createV1Database(db.dbName, V1_SAMPLE);
    // A later version whose upgrade writes, changes the schema, then throws halfway.
    const failing = openDB(db.dbName, V1 + 1, {
      upgrade(database, _old, _new, tx) {
        // The aborted requests reject; only the failed open matters to this test.
        const ignore = () => {};
        tx.done.catch(ignore);
        database.createObjectStore('templates', { keyPath: 'id' });
        tx.objectStore('clips').delete('c1').catch(ignore);
        tx.objectStore('settings').put('Mallory', 'clippedBy').catch(ignore);
        throw new Error('migration bug');
      },
    });
    await expect(failing).rejects.toThrow();

    const raw = await openDB(db.dbName);
    expect(raw.version).toBe(V1);
    expect([...raw.objectStoreNames]).not.toContain('templates');
    raw.close();
    const doc = await loadIssueDocument('i1', db);
    expect(doc?.clips.map((c) => c.id)).toEqual(['c1']);
    expect((await getSettings(db)).clippedBy).toBe('Aiko');
  });

  it('builds version 1 the old way even in a database name nobody used', async () => {
    const name = `frozen-${crypto.randomUUID()}`;
    await createV1Database(name, {
      clips: [],
      categories: [],
      issues: [],
      settings: {},
      drafts: [],
    });
    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect(await raw.count('categories')).toBe(3);
    raw.close();
    await deleteDB(name);
  });
});
