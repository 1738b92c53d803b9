import { describe, expect, it } from 'vitest';
import { styleOf } from '../../../src/core/markdown';
import { listCategories } from '../../../src/storage/categories/categories';
import { applyDigest } from '../../../src/storage/digests/apply';
import { getCurrentDigest } from '../../../src/storage/digests/digests';
import { updateIssue } from '../../../src/storage/issues/edit';
import { getCurrentDraft } from '../../../src/storage/issues/issues';
import { freshDb } from './fresh-db';

describe('saving the digest settings', () => {
  it('brings the current draft along where it still held the old template', async () => {
    const db = freshDb();
    const draft = await getCurrentDraft(db);
    const digest = await getCurrentDigest(db);
    expect(draft.intro).toBe(digest.intro);
    const result = await applyDigest(
      { ...digest, intro: 'Welcome to this week.', titleTemplate: 'Weekly {number}' },
      draft.id,
      db,
    );
    expect(result.applied.sort()).toEqual(['intro', 'titleTemplate']);
    expect(result.kept).toEqual([]);
    const after = await getCurrentDraft(db);
    expect(after.intro).toBe('Welcome to this week.');
    expect(after.title).toBe('Weekly {number}');
    expect((await getCurrentDigest(db)).intro).toBe('Welcome to this week.');
  });

  it('keeps what the editor wrote into the draft itself, and says so', async () => {
    const db = freshDb();
    const draft = await getCurrentDraft(db);
    await updateIssue(
      draft.id,
      { intro: 'My own words for this issue.' },
      { updatedAt: draft.updatedAt, values: { intro: draft.intro } },
      db,
    );
    const digest = await getCurrentDigest(db);
    const result = await applyDigest({ ...digest, intro: 'A new template.' }, draft.id, db);
    expect(result.kept).toEqual(['intro']);
    expect((await getCurrentDraft(db)).intro).toBe('My own words for this issue.');
    expect((await getCurrentDigest(db)).intro).toBe('A new template.');
  });

  it("adds the style's sections the digest lacks, once, after its own", async () => {
    const db = freshDb();
    const draft = await getCurrentDraft(db);
    const digest = await getCurrentDigest(db);
    const own = await listCategories(db);
    const starter = styleOf('this-week-in-rust').starter;
    const first = await applyDigest({ ...digest, style: 'this-week-in-rust' }, draft.id, {
      ...db,
      starter,
    });
    expect(first.added.map((c) => c.name)).toEqual(starter?.sections?.map((s) => s.name));
    const again = await applyDigest({ ...digest, style: 'this-week-in-rust' }, draft.id, {
      ...db,
      starter,
    });
    expect(again.added).toEqual([]);
    const all = await listCategories(db);
    expect(all.slice(0, own.length).map((c) => c.id)).toEqual(own.map((c) => c.id));
    expect(all).toHaveLength(own.length + (starter?.sections?.length ?? 0));
    const shown = (await getCurrentDraft(db)).categoryOrder;
    expect(shown.slice(-first.added.length)).toEqual(first.added.map((c) => c.id));
  });
});
