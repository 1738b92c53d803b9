import { afterEach, describe, expect, it, vi } from 'vitest';
import { addClip, countClips, saveClip } from '../../../src/storage/clips/clips';
import { countTrash, moveToTrash } from '../../../src/storage/clips/trash';
import { clip, draftIssue, freshDb } from './fresh-db';

afterEach(() => {
  vi.restoreAllMocks();
});

const READS = ['get', 'getAll', 'openCursor'] as const;

/**
 * Records every request that reads clip records (not keys, not counts) on the clips store
 * or its indexes. What a save, the badge and the trash count may cost must not grow with
 * the draft, so none of them may read clips beyond the one being written.
 */
function watchClipReads(): string[] {
  const reads: string[] = [];
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const method of READS) {
      const original = proto[method] as (...args: unknown[]) => unknown;
      vi.spyOn(proto, method).mockImplementation(function (
        this: IDBObjectStore | IDBIndex,
        ...args: unknown[]
      ) {
        const store = 'objectStore' in this ? this.objectStore.name : this.name;
        if (store === 'clips')
          reads.push(`${'objectStore' in this ? this.name : 'store'}.${method}`);
        return original.apply(this, args);
      } as never);
    }
  }
  return reads;
}

async function fill(db: { dbName: string }, count: number) {
  for (let i = 0; i < count; i++) {
    await saveClip(
      clip({ id: `c${i}`, order: i, categoryId: 'tools', url: `https://example.com/${i}` }),
      db,
    );
  }
  await moveToTrash('c3', db);
}

describe('a save, the badge and the trash count read no clip', () => {
  it('gives a new clip its position without reading the section', async () => {
    const db = freshDb();
    await draftIssue('issue-1', db);
    await fill(db, 30);
    const reads = watchClipReads();
    const {
      id: _id,
      order: _order,
      createdAt: _c,
      updatedAt: _u,
      ...input
    } = clip({
      id: 'new',
      categoryId: 'tools',
      url: 'https://example.com/new',
    });
    const added = await addClip(input, db);
    expect(added.order).toBe(30);
    expect(reads).toEqual([]);
  });

  it('counts the issue outside the trash, and the trash, through indexes alone', async () => {
    const db = freshDb();
    await fill(db, 30);
    const reads = watchClipReads();
    expect(await countClips('issue-1', db)).toBe(29);
    expect(await countTrash(db)).toBe(1);
    expect(reads).toEqual([]);
  });
});
