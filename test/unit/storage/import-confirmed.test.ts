import { describe, expect, it } from 'vitest';
import { importIssue } from '../../../src/core/markdown';
import { captureIntoDraft } from '../../../src/storage/clips/capture';
import { listClipsByIssue } from '../../../src/storage/clips/clips';
import { listTrash } from '../../../src/storage/clips/trash';
import { DraftChangedError } from '../../../src/storage/errors';
import { importIntoDraft } from '../../../src/storage/issues/import-draft';
import { getCurrentDraft } from '../../../src/storage/issues/issues';
import { freshDb } from './fresh-db';

const ISSUE = [
  '# Weekly (2024-05-03)',
  '',
  '## ✨ New Features',
  '',
  '### Alpha',
  '',
  '<a class="embedly-card" href="https://example.com/alpha">Alpha</a>',
  '',
].join('\n');

const page = (name: string) => ({
  url: `https://example.com/${name}`,
  pageTitle: name,
  description: '',
  heading: name,
  comment: '',
  categoryId: 'tools',
});

describe('an import confirmed for a number of clips going to the trash', () => {
  it('moves exactly those when the draft still holds them', async () => {
    const db = freshDb();
    const draft = await getCurrentDraft(db);
    for (const name of ['a', 'b']) await captureIntoDraft(page(name), db);
    await importIntoDraft(importIssue(ISSUE), draft.id, { ...db, expectTrashed: 2 });
    expect((await listTrash(db)).map((c) => c.heading).sort()).toEqual(['a', 'b']);
    expect((await listClipsByIssue(draft.id, db)).map((c) => c.heading)).toEqual(['Alpha']);
  });

  it('is refused, writing nothing, when a clip arrived after the confirmation', async () => {
    const db = freshDb();
    const draft = await getCurrentDraft(db);
    for (const name of ['a', 'b']) await captureIntoDraft(page(name), db);
    // Saved from the popup while the confirmation was open.
    await captureIntoDraft(page('c'), db);
    const refused = importIntoDraft(importIssue(ISSUE), draft.id, { ...db, expectTrashed: 2 });
    await expect(refused).rejects.toBeInstanceOf(DraftChangedError);
    await expect(refused).rejects.toMatchObject({ confirmed: 2, now: 3 });
    expect(await listTrash(db)).toEqual([]);
    expect((await listClipsByIssue(draft.id, db)).map((c) => c.heading)).toEqual(['a', 'b', 'c']);
  });
});
