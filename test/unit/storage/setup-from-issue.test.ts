import { describe, expect, it } from 'vitest';
import { importDocument, styleOf } from '../../../src/core/markdown';
import { renderIssue } from '../../../src/core/markdown/write/render';
import { listCategories } from '../../../src/storage/categories/categories';
import { captureIntoDraft } from '../../../src/storage/clips/capture';
import { moveToTrash } from '../../../src/storage/clips/trash';
import { getCurrentDigest } from '../../../src/storage/digests/digests';
import { loadIssueDocument } from '../../../src/storage/issues/documents';
import { setUpFromIssue } from '../../../src/storage/issues/import-draft';
import { getCurrentDraft } from '../../../src/storage/issues/issues';
import { freshDb } from './fresh-db';

// Shaped as This Week in Rust writes an issue: metadata lines, a parent heading, tight lists.
const PAST = [
  'Title: This Week in Rust 500',
  'Number: 500',
  'Date: 2023-06-21',
  'Category: This Week in Rust',
  '',
  'Hello and welcome!',
  '',
  '## Updates from Rust Community',
  '',
  '### Official',
  '* [Announcing Rust 1.70.0](https://blog.rust-lang.org/2023/06/01/Rust-1.70.0.html)',
  '',
  '### Project/Tooling Updates',
  '* [video] [Bevy 0.11](https://bevyengine.org/news/bevy-0-11/)',
  '* [rust-analyzer changelog #186](https://rust-analyzer.github.io/thisweek/2023/06/19/changelog-186.html)',
  '',
  '### Rust Walkthroughs',
  '* [Writing a kernel module](https://example.org/kernel)',
  '',
].join('\n');

const twir = styleOf('this-week-in-rust');

async function setUp(db: ReturnType<typeof freshDb>) {
  const draft = await getCurrentDraft(db);
  const { doc } = importDocument(PAST, { style: twir });
  const templates = {
    style: twir.name,
    titleTemplate: doc.issue.title,
    header: doc.issue.header,
    intro: doc.issue.intro,
    afterwordHeading: doc.issue.afterwordHeading,
  };
  return { draft, held: await setUpFromIssue(doc, draft.id, templates, db) };
}

describe('setting a digest up from one of its past issues', () => {
  it("makes the issue's sections the digest's, those holding items first, and drops unused defaults", async () => {
    const db = freshDb();
    const before = await listCategories(db);
    expect(before.length).toBeGreaterThan(0);
    const { draft, held } = await setUp(db);
    expect(held).toEqual([]);
    const names = (await listCategories(db)).map((c) => c.name);
    expect(names.filter(Boolean)).toEqual([
      'Official',
      'Project/Tooling Updates',
      'Rust Walkthroughs',
      'Updates from Rust Community',
    ]);
    for (const old of before) expect(names).not.toContain(old.name);
    expect((await getCurrentDigest(db)).style).toBe('this-week-in-rust');
    // The draft still writes back as the issue was.
    const doc = await loadIssueDocument(draft.id, db);
    expect(doc && renderIssue(doc)).toBe(PAST);
  });

  it('keeps a default section that holds a clip, after the issue’s, and names it', async () => {
    const db = freshDb();
    const [first] = await listCategories(db);
    if (!first) throw new Error('a fresh profile has sections');
    const saved = await captureIntoDraft(
      {
        url: 'https://example.com/kept',
        pageTitle: 'Kept',
        description: '',
        heading: 'Kept',
        comment: '',
        categoryId: first.id,
      },
      db,
    );
    // In the trash, it can still be restored into its section.
    await moveToTrash(saved.clip.id, db);
    const { held } = await setUp(db);
    expect(held.map((c) => c.id)).toEqual([first.id]);
    const after = await listCategories(db);
    expect(after.map((c) => c.id).at(-1)).toBe(first.id);
    expect(
      after
        .filter((c) => c.id !== first.id)
        .map((c) => c.name)
        .filter(Boolean),
    ).toEqual([
      'Official',
      'Project/Tooling Updates',
      'Rust Walkthroughs',
      'Updates from Rust Community',
    ]);
  });
});
