import { describe, expect, it, vi } from 'vitest';
import type { Issue } from '../../../src/core/model';
import { saveClip } from '../../../src/storage/clips/clips';
import { moveToTrash } from '../../../src/storage/clips/trash';
import { transact } from '../../../src/storage/db';
import { earlierLinks } from '../../../src/storage/issues/earlier';
import { clip, freshDb } from './fresh-db';

const issue = (id: string, over: Partial<Issue>): Issue =>
  ({
    id,
    title: `Issue ${id}`,
    number: 1,
    date: '2026-01-01',
    status: 'published',
    intro: '',
    afterword: '',
    afterwordHeading: '',
    headerLines: [],
    style: 'embedly-link',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  }) as Issue;

async function putIssues(db: { dbName: string }, issues: Issue[]) {
  await transact(db, ['issues'], 'readwrite', async (tx) => {
    for (const record of issues) await tx.objectStore('issues').put(record);
  });
}

describe('links from an earlier issue', () => {
  it('names the newest published issue of the same digest that had each of the draft’s links', async () => {
    const db = freshDb();
    await putIssues(db, [
      issue('old', { date: '2026-01-02', title: 'Old issue' }),
      issue('newer', { date: '2026-01-09', title: 'Newer issue' }),
      issue('other', { date: '2026-01-16', title: 'Other digest', digestId: 'rust' }),
      issue('draft', { status: 'draft', date: '2026-01-23' }),
    ]);
    const at = (id: string, issueId: string, url: string) =>
      saveClip(clip({ id, issueId, url }), db);
    await at('a1', 'old', 'https://example.com/a?utm_source=x');
    await at('a2', 'newer', 'https://example.com/a');
    await at('b1', 'other', 'https://example.com/b');
    await at('c1', 'old', 'https://example.com/c');
    await moveToTrash('c1', db);
    await at('d0', 'draft', 'https://example.com/d');
    const links = await earlierLinks(
      { id: 'draft' },
      [
        'https://example.com/a',
        'https://example.com/b',
        'https://example.com/c',
        'https://example.com/d',
      ],
      db,
    );
    expect(Object.fromEntries(links)).toEqual({ 'https://example.com/a': 'Newer issue' });
  });

  it('reads no clip beyond those sharing a draft link, however many issues are behind it', async () => {
    const db = freshDb();
    const past = Array.from({ length: 20 }, (_, i) =>
      issue(`p${i}`, { date: `2025-01-${10 + i}` }),
    );
    await putIssues(db, [...past, issue('draft', { status: 'draft' })]);
    for (const [i, p] of past.entries()) {
      for (let j = 0; j < 5; j++)
        await saveClip(
          clip({ id: `p${i}-${j}`, issueId: p.id, url: `https://example.com/${i}/${j}` }),
          db,
        );
    }
    const values: unknown[] = [];
    const keys: unknown[] = [];
    const read: unknown[] = [];
    const spy = (method: 'getAll' | 'getAllKeys', into: unknown[]) => {
      const original = IDBIndex.prototype[method] as (...a: unknown[]) => IDBRequest;
      vi.spyOn(IDBIndex.prototype, method).mockImplementation(function (
        this: IDBIndex,
        ...args: unknown[]
      ) {
        const request = original.apply(this, args);
        request.addEventListener('success', () => into.push(...(request.result as unknown[])));
        return request as never;
      } as never);
    };
    spy('getAll', values);
    spy('getAllKeys', keys);
    const get = IDBObjectStore.prototype.get;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (
      this: IDBObjectStore,
      key,
    ) {
      read.push(key);
      return get.call(this, key);
    });
    const links = await earlierLinks({ id: 'draft' }, ['https://example.com/3/1'], db);
    vi.restoreAllMocks();
    expect([...links.keys()]).toEqual(['https://example.com/3/1']);
    // One key from the archive's URL index, then that one issue: no clip is read at all.
    expect(keys).toEqual(['p3']);
    expect(read).toEqual(['p3']);
    expect(values).toEqual([]);
  });
});
