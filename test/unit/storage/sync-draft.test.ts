import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextEdition } from '../../../src/core/issue/next-edition';
import { findStyle, importIssue, renderIssue } from '../../../src/core/markdown';
import { captureIntoDraft } from '../../../src/storage/clips/capture';
import { listTrash } from '../../../src/storage/clips/trash';
import { DraftChangedError } from '../../../src/storage/errors';
import { loadCurrentDocument } from '../../../src/storage/issues/documents';
import { importIntoDraft } from '../../../src/storage/issues/import-draft';
import { syncIntoDraft } from '../../../src/storage/issues/sync-draft';
import { requireShared, sharedFixture } from '../helpers/shared-fixtures';
import { freshDb } from './fresh-db';

/** The draft brought to a merged edition: its own clips kept, the others' arriving. */

const TWIR = 'this-week-in-rust-453-2022-07-27.md';
const present = requireShared(TWIR);
const style = findStyle('this-week-in-rust');
if (!style) throw new Error('the This Week in Rust style is built in');

const withItems = (text: string, names: string[]) =>
  text.replace(
    '### Official\n',
    `### Official\n\n${names.map((n) => `* [Page ${n}](https://example.org/${n})\n`).join('')}`,
  );

async function opened(db: { dbName: string }, text: string) {
  const draft = await loadCurrentDocument(db);
  await importIntoDraft(importIssue(text, { style }), draft.issue.id, db);
  return loadCurrentDocument(db);
}

describe.skipIf(!present)('a sync into the draft', () => {
  const started = present
    ? nextEdition(readFileSync(sharedFixture(TWIR), 'utf8'), { style })
    : null;
  const base = started?.ok ? started.value.markdown : '';

  it('keeps the clips the draft had, adds the arrivals, and renders the merged edition byte for byte', async () => {
    const db = freshDb();
    const before = await opened(db, withItems(base, ['c1', 'c2']));
    const merged = withItems(base, ['c1', 'c2', 'm1', 'm2', 'm3']);
    const { arrived } = await syncIntoDraft(
      importIssue(merged, { style }),
      before.issue.id,
      before.clips.map((c) => c.id),
      db,
    );
    expect(arrived.map((c) => c.url)).toEqual(
      ['m1', 'm2', 'm3'].map((n) => `https://example.org/${n}`),
    );
    const after = await loadCurrentDocument(db);
    expect(renderIssue(after, after.issue.style)).toBe(merged);
    const kept = after.clips.filter((c) => ['c1', 'c2'].some((n) => c.url.endsWith(n)));
    expect(kept.map((c) => c.id)).toEqual(before.clips.map((c) => c.id));
    expect(await listTrash(db)).toEqual([]);
  });

  it('a page clipped since the merge was made refuses the sync whole', async () => {
    const db = freshDb();
    const before = await opened(db, withItems(base, ['c1']));
    const category = before.clips[0]?.categoryId ?? '';
    await captureIntoDraft(
      {
        url: 'https://example.org/meanwhile',
        pageTitle: 'M',
        description: '',
        heading: '',
        comment: '',
        categoryId: category,
      },
      db,
    );
    const during = await loadCurrentDocument(db);
    await expect(
      syncIntoDraft(
        importIssue(withItems(base, ['c1', 'm1']), { style }),
        before.issue.id,
        before.clips.map((c) => c.id),
        db,
      ),
    ).rejects.toBeInstanceOf(DraftChangedError);
    const after = await loadCurrentDocument(db);
    expect(renderIssue(after, after.issue.style)).toBe(renderIssue(during, during.issue.style));
    expect(after.clips.map((c) => c.url)).toContain('https://example.org/meanwhile');
  });
});
