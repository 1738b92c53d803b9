import fc from 'fast-check';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { backupFromDocument, parseBackup, serializeBackup } from '../../../src/core/backup';
import { importIssue } from '../../../src/core/markdown';
import { CLIP_LIMITS, ISSUE_LIMITS } from '../../../src/core/model/fits';
import { MAX_LINE, MAX_LONG_TEXT } from '../../../src/core/model/limits';
import { exportBackup, restoreBackup } from '../../../src/storage/backup/backup';
import { applyTeamMerge } from '../../../src/storage/backup/merge';
import { addCategory, updateCategory } from '../../../src/storage/categories/edit';
import { captureIntoDraft } from '../../../src/storage/clips/capture';
import { editCapturedClip } from '../../../src/storage/clips/captured-edit';
import { addClip, findClipsByUrl } from '../../../src/storage/clips/clips';
import { updateClip } from '../../../src/storage/clips/edits';
import { savePendingComment } from '../../../src/storage/clips/pending-comments';
import { getCurrentDigest, saveDigest } from '../../../src/storage/digests/digests';
import { IssueNotDraftError, TooLongError } from '../../../src/storage/errors';
import { updateIssue, updateSectionText } from '../../../src/storage/issues/edit';
import { importIntoDraft } from '../../../src/storage/issues/import-draft';
import { getCurrentDraft, getIssue } from '../../../src/storage/issues/issues';
import { publishIssue } from '../../../src/storage/issues/publish';
import { freshDb } from './fresh-db';

type Db = { dbName: string };
const text = (length: number) => 'x'.repeat(length);
/** One under the limit, at it, or one past it: where a door and the format could part. */
const around = (max: number) => fc.constantFrom(max - 1, max, max + 1);
const URL = 'https://example.com/post';

const clipField = fc.constantFrom('heading', 'pageTitle', 'description', 'comment' as const);
const issueField = fc.constantFrom(...(Object.keys(ISSUE_LIMITS) as (keyof typeof ISSUE_LIMITS)[]));

/** One write through one door of the data, with one field near its limit. */
const write = fc.oneof(
  clipField.chain((f) => around(CLIP_LIMITS[f]).map((n) => ({ door: 'add-clip', f, n }) as const)),
  clipField.chain((f) => around(CLIP_LIMITS[f]).map((n) => ({ door: 'editor', f, n }) as const)),
  clipField.chain((f) =>
    around(CLIP_LIMITS[f]).map((n) => ({ door: 'popup-edit', f, n }) as const),
  ),
  // Captures of one page: a second one joins its comment to the first one's.
  fc
    .constantFrom(1, MAX_LONG_TEXT / 2 + 1, MAX_LONG_TEXT)
    .map((n) => ({ door: 'capture', n }) as const),
  issueField.chain((f) => around(ISSUE_LIMITS[f]).map((n) => ({ door: 'issue', f, n }) as const)),
  around(MAX_LONG_TEXT).map((n) => ({ door: 'section-text', n }) as const),
  around(MAX_LINE).map((n) => ({ door: 'pending-comment', n }) as const),
  around(MAX_LINE).map((n) => ({ door: 'category', n }) as const),
  around(MAX_LONG_TEXT).map((n) => ({ door: 'digest', n }) as const),
  around(MAX_LONG_TEXT).map((n) => ({ door: 'import', n }) as const),
  fc
    .constantFrom(MAX_LONG_TEXT / 2, MAX_LONG_TEXT / 2 + 10)
    .map((n) => ({ door: 'merge', n }) as const),
  fc.constant({ door: 'publish' } as const),
);
type Write = typeof write extends fc.Arbitrary<infer T> ? T : never;

const page = (comment: string) => ({
  url: URL,
  pageTitle: 'Post',
  description: '',
  heading: 'Post',
  comment,
  categoryId: 'tools',
});

/** Markdown whose intro is `n` characters (past the limit: a data-URI image, say). */
const markdownWithIntro = (n: number) =>
  [
    '# Weekly (2024-05-03)',
    '',
    text(n),
    '',
    '## ✨ New Features',
    '',
    '### Alpha',
    '',
    '<a class="embedly-card" href="https://example.com/alpha">Alpha</a>',
    '',
  ].join('\n');

async function through(db: Db, op: Write): Promise<void> {
  const draft = await getCurrentDraft(db);
  const [first] = await findClipsByUrl(URL, db);
  switch (op.door) {
    case 'add-clip':
      await addClip(
        { ...page(''), url: 'https://example.com/added', [op.f]: text(op.n), issueId: draft.id },
        db,
      );
      return;
    case 'editor':
    case 'popup-edit': {
      const clip = first ?? (await captureIntoDraft(page(''), db)).clip;
      if (op.door === 'editor') {
        await updateClip(
          clip.id,
          { [op.f]: text(op.n) },
          { updatedAt: clip.updatedAt, values: {} },
          db,
        );
      } else await editCapturedClip(clip.id, { [op.f]: text(op.n) }, undefined, db);
      return;
    }
    case 'capture':
      await captureIntoDraft(page(text(op.n)), db);
      return;
    case 'issue':
      await updateIssue(
        draft.id,
        { [op.f]: text(op.n) },
        { updatedAt: draft.updatedAt, values: {} },
        db,
      );
      return;
    case 'section-text':
      await updateSectionText(draft.id, 'tools', text(op.n), draft.sectionText.tools ?? '', db);
      return;
    case 'pending-comment':
      await savePendingComment({ url: URL, comment: '', heading: text(op.n) }, db);
      return;
    case 'category': {
      const added = await addCategory({ emoji: '', name: 'New' }, draft.id, db);
      await updateCategory(added.id, { emoji: '', name: text(op.n) }, db);
      return;
    }
    case 'digest':
      await saveDigest({ ...(await getCurrentDigest(db)), intro: text(op.n) }, db);
      return;
    case 'import':
      await importIntoDraft(importIssue(markdownWithIntro(op.n)), draft.id, db);
      return;
    case 'merge': {
      // Ours and a teammate's comment on one page are joined: each fits, both may not.
      const ours = first ?? (await captureIntoDraft(page(text(op.n)), db)).clip;
      const issue = (await getIssue(draft.id, db)) ?? draft;
      const theirs = { ...ours, id: 'theirs', comment: 'y'.repeat(op.n), clippedBy: 'aiko' };
      await applyTeamMerge(backupFromDocument({ issue, categories: [], clips: [theirs] }), db);
      return;
    }
    case 'publish':
      await publishIssue(draft.id, db);
      return;
  }
}

/** A write one past the limit at each door (for a capture and a merge: joined past it). */
const PAST: [string, Write[]][] = [
  ['Add clip', [{ door: 'add-clip', f: 'heading', n: MAX_LINE + 1 }]],
  ['the clip editor', [{ door: 'editor', f: 'heading', n: MAX_LINE + 1 }]],
  ['the popup’s edit', [{ door: 'popup-edit', f: 'comment', n: MAX_LONG_TEXT + 1 }]],
  [
    'a capture’s quote',
    [
      { door: 'capture', n: MAX_LONG_TEXT },
      { door: 'capture', n: 1 },
    ],
  ],
  ['the issue fields', [{ door: 'issue', f: 'intro', n: MAX_LONG_TEXT + 1 }]],
  ['a section’s text', [{ door: 'section-text', n: MAX_LONG_TEXT + 1 }]],
  ['the popup’s pending comment', [{ door: 'pending-comment', n: MAX_LINE + 1 }]],
  ['a category', [{ door: 'category', n: MAX_LINE + 1 }]],
  ['a digest', [{ door: 'digest', n: MAX_LONG_TEXT + 1 }]],
  ['Import Markdown', [{ door: 'import', n: MAX_LONG_TEXT + 1 }]],
  ['a team merge', [{ door: 'merge', n: MAX_LONG_TEXT / 2 + 10 }]],
];

describe('every door keeps the backup format’s limits', () => {
  it.each(PAST)('%s refuses a field past its limit, and the backup restores', async (_, ops) => {
    const db = freshDb();
    for (const op of ops.slice(0, -1)) await through(db, op);
    const last = ops.at(-1);
    if (!last) throw new Error('no write');
    await expect(through(db, last)).rejects.toBeInstanceOf(TooLongError);
    const parsed = parseBackup(serializeBackup(await exportBackup(db)));
    expect(parsed.ok ? '' : parsed.error).toBe('');
  });

  it('whatever the doors store, a backup of it restores', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 4 }), async (ops) => {
        const db = freshDb();
        for (const op of ops) {
          // Refused with the limit named (or, for a published clip, as read-only), or stored.
          await through(db, op).catch((error: unknown) => {
            if (!(error instanceof TooLongError || error instanceof IssueNotDraftError))
              throw error;
          });
        }
        const file = serializeBackup(await exportBackup(db));
        const parsed = parseBackup(file);
        expect(parsed.ok ? '' : parsed.error).toBe('');
        if (parsed.ok) await restoreBackup(parsed.value, freshDb());
      }),
      { numRuns: 40 },
    );
  }, 300_000);
});

describe('a record stored before these limits held', () => {
  it('can still be edited: each edit is held to the fields it writes', async () => {
    const db = freshDb();
    const draft = await getCurrentDraft(db);
    const { clip } = await captureIntoDraft(page('short'), db);
    // Written past the guards, as an older version stored an import.
    const raw = await openDB(db.dbName);
    const long = text(MAX_LONG_TEXT + 1);
    await raw.put('issues', {
      ...draft,
      layout: { style: 'embedly-link', eol: '\n', spans: [{ kind: 'text', text: long }] },
    });
    const stored = await raw.get('clips', clip.id);
    await raw.put('clips', { ...stored, comment: long });
    raw.close();

    const title = await updateIssue(
      draft.id,
      { title: 'Renamed' },
      { updatedAt: draft.updatedAt, values: {} },
      db,
    );
    expect(title.status).toBe('saved');
    const fixed = await updateClip(
      clip.id,
      { comment: 'shortened' },
      { updatedAt: clip.updatedAt, values: {} },
      db,
    );
    expect(fixed.status).toBe('saved');
    await expect(
      updateClip(clip.id, { heading: text(MAX_LINE + 1) }, { updatedAt: '', values: {} }, db),
    ).rejects.toBeInstanceOf(TooLongError);
  });
});
