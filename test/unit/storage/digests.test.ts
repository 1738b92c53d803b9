import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../../src/core/backup';
import { styleOf } from '../../../src/core/markdown';
import { renderIssue } from '../../../src/core/markdown/write/render';
import { exportBackup, removeAllData, restoreBackup } from '../../../src/storage/backup/backup';
import { listCategories } from '../../../src/storage/categories/categories';
import { addCategory } from '../../../src/storage/categories/edit';
import { addClip } from '../../../src/storage/clips/clips';
import {
  createDigest,
  getCurrentDigest,
  listDigests,
  saveDigest,
  setCurrentDigest,
} from '../../../src/storage/digests/digests';
import { loadIssueDocument } from '../../../src/storage/issues/documents';
import { getCurrentDraft } from '../../../src/storage/issues/issues';
import { publishIssue } from '../../../src/storage/issues/publish';
import { at, freshDb } from './fresh-db';

const base = { pageTitle: 'P', description: '', heading: '', comment: '' };

describe('several digests in one profile', () => {
  it('starts with one digest, which holds the data of before', async () => {
    const db = freshDb();
    const [first] = await listDigests(db);
    expect(first?.id).toBe('default');
    expect((await listCategories(db)).map((c) => c.id)).toEqual([
      'new-features',
      'notable-articles',
      'tools',
    ]);
  });

  it("keeps each digest's sections, drafts and clips apart", async () => {
    const db = freshDb();
    const necoDraft = await getCurrentDraft(db);
    const [necoSection] = await listCategories(db);
    if (!necoSection) throw new Error('the first digest has sections');
    await addClip(
      { ...base, url: 'https://neco.example/', categoryId: necoSection.id, issueId: necoDraft.id },
      db,
    );

    const twir = await createDigest({ name: 'This Week in Rust', style: 'this-week-in-rust' }, db);
    expect((await getCurrentDigest(db)).id).toBe(twir.id);
    const twirSections = await listCategories(db);
    expect(twirSections).toHaveLength(3);
    expect(twirSections.every((c) => c.digestId === twir.id)).toBe(true);
    const twirDraft = await getCurrentDraft(db);
    expect(twirDraft.id).not.toBe(necoDraft.id);
    expect(twirDraft.style).toBe('this-week-in-rust');
    expect(twirDraft.title).toBe('This Week in Rust ({date})');
    const added = await addCategory({ emoji: '', name: 'Observations/Thoughts' }, twirDraft.id, db);
    expect(added.digestId).toBe(twir.id);
    await addClip(
      { ...base, url: 'https://rust.example/', categoryId: added.id, issueId: twirDraft.id },
      db,
    );

    const twirDoc = await loadIssueDocument(twirDraft.id, db);
    const necoDoc = await loadIssueDocument(necoDraft.id, db);
    expect(twirDoc?.clips.map((c) => c.url)).toEqual(['https://rust.example/']);
    expect(necoDoc?.clips.map((c) => c.url)).toEqual(['https://neco.example/']);
    expect(necoDoc?.categories.some((c) => c.digestId === twir.id)).toBe(false);
    if (!twirDoc || !necoDoc) return;
    expect(renderIssue(necoDoc)).not.toContain('rust.example');
    expect(renderIssue(twirDoc)).toContain('* [P](https://rust.example/)');

    await setCurrentDigest('default', db);
    expect((await getCurrentDraft(db)).id).toBe(necoDraft.id);
  });

  it("numbers the next issue by the digest's own steps", async () => {
    const db = freshDb();
    const monthly = await createDigest({ name: 'Monthly', style: 'markdown-link' }, db);
    await saveDigest(
      { ...monthly, numberStep: 1, dateStep: 28, titleTemplate: 'Monthly {number}' },
      db,
    );
    const draft = await getCurrentDraft(db);
    expect(draft.title).toBe('Monthly {number}');
    const { next } = await publishIssue(draft.id, { ...db, now: at(2026, 11, 1) });
    expect(next.digestId).toBe(monthly.id);
    expect(next.date).toBe(addDaysIso(draft.date, 28));
  });

  it("a digest made in a built-in style starts with that style's sections and title", async () => {
    const db = freshDb();
    const style = styleOf('this-week-in-rust');
    const twir = await createDigest(
      { name: 'This Week in Rust', style: style.name, starter: style.starter },
      db,
    );
    const sections = (await listCategories(db)).filter((c) => c.digestId === twir.id);
    expect(sections.map((c) => c.name)).toEqual(
      style.starter?.sections?.map((section: { name: string }) => section.name),
    );
    expect(sections.map((c) => c.name)).toContain('Project/Tooling Updates');
    expect(sections.some((c) => c.emoji)).toBe(false);
    const draft = await getCurrentDraft(db);
    expect(draft.title).toBe('This Week in Rust {number}');
    const doc = await loadIssueDocument(draft.id, db);
    if (!doc) throw new Error('the draft reads back');
    const rendered = renderIssue(doc);
    expect(rendered).toMatch(/^Title: This Week in Rust /);
  });

  it('a backup holds every digest and restores them all', async () => {
    const db = freshDb();
    const neco = await getCurrentDraft(db);
    const twir = await createDigest({ name: 'TWiR', style: 'this-week-in-rust' }, db);
    const twirDraft = await getCurrentDraft(db);
    const [twirSection] = await listCategories(db);
    if (!twirSection) throw new Error('a new digest has sections');
    await addClip(
      { ...base, url: 'https://rust.example/', categoryId: twirSection.id, issueId: twirDraft.id },
      db,
    );
    const file = await exportBackup(db);
    expect(file.digests?.map((d) => d.id)).toEqual(['default', twir.id]);
    expect(file.settings).not.toHaveProperty('digests');

    const read = parseBackup(serializeBackup(file));
    if (!read.ok) throw new Error(read.error);
    await removeAllData(db);
    await restoreBackup(read.value, db);
    expect((await listDigests(db)).map((d) => d.name)).toEqual([expect.any(String), 'TWiR']);
    const restored = await loadIssueDocument(twirDraft.id, db);
    expect(restored?.clips.map((c) => c.url)).toEqual(['https://rust.example/']);
    expect((await loadIssueDocument(neco.id, db))?.clips).toEqual([]);
  });

  it('refuses a backup whose records name a digest it does not carry', () => {
    const file = {
      format: 'digest-clipper',
      version: 2,
      kind: 'backup',
      exportedAt: '2026-01-01T00:00:00Z',
      categories: [{ id: 'c', emoji: '', name: 'S', order: 0, digestId: 'ghost' }],
      issues: [],
      clips: [],
    };
    expect(parseBackup(JSON.stringify(file))).toEqual({
      ok: false,
      error: 'categories[0].digestId: no digest "ghost" in the file',
    });
  });
});

function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
