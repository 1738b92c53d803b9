import { describe, expect, it } from 'vitest';
import { importBackupText } from '../../../src/storage/import-backup';
import { makeBackup, makeClip } from '../helpers/backup-data';
import { freshDb } from './fresh-db';
import { seed, snapshot } from './snapshot';

type Json = Record<string, unknown> & {
  clips: Record<string, unknown>[];
  categories: Record<string, unknown>[];
  issues: Record<string, unknown>[];
};

/** A valid backup, changed by `edit`, as text. */
function variant(edit: (file: Json) => void): string {
  const file = structuredClone(makeBackup()) as unknown as Json;
  edit(file);
  return JSON.stringify(file);
}

const clip0 = (edit: (clip: Record<string, unknown>) => void) =>
  variant((file) => edit(file.clips[0] as Record<string, unknown>));

// Each file is refused with a message naming the problem; the expected wording is written
// by hand from what a user needs to read, not copied from the implementation.
const CASES: Array<[string, string, RegExp]> = [
  ['an empty file', '', /^not valid JSON/],
  ['text that is not JSON', 'Weekly digest, March', /^not valid JSON/],
  ['truncated JSON', variant(() => {}).slice(0, 80), /^not valid JSON/],
  ['a JSON array', '[]', /^not a Digest Clipper backup/],
  ['a JSON string', '"digest-clipper"', /^not a Digest Clipper backup/],
  ['another app’s file', '{"format":"other-app","version":1}', /^not a Digest Clipper backup/],
  [
    'a newer format version',
    variant((f) => {
      f.version = 2;
    }),
    /newer Digest Clipper \(format version 2\).*Update Digest Clipper/,
  ],
  [
    'a version given as text',
    variant((f) => {
      f.version = '1';
    }),
    /^version: expected 1, the format version/,
  ],
  [
    'no version',
    variant((f) => {
      delete f.version;
    }),
    /^version: expected 1/,
  ],
  [
    'an unknown kind',
    variant((f) => {
      f.kind = 'archive';
    }),
    /^kind: .*"backup"\|"pack"/,
  ],
  [
    'a bad export time',
    variant((f) => {
      f.exportedAt = 'yesterday';
    }),
    /^exportedAt: Invalid ISO datetime/,
  ],
  [
    'clips that are not a list',
    variant((f) => {
      (f as Record<string, unknown>).clips = {};
    }),
    /^clips: Invalid input: expected array/,
  ],
  [
    'a javascript: link',
    clip0((c) => {
      c.url = 'javascript:alert(document.cookie)';
    }),
    /^clips\[0\]\.url: Script links \(javascript:\) cannot be clipped/,
  ],
  [
    'a data: link',
    clip0((c) => {
      c.url = 'data:text/html,<script>alert(1)</script>';
    }),
    /^clips\[0\]\.url: Data URLs cannot be clipped/,
  ],
  [
    'a link with a password',
    clip0((c) => {
      c.url = 'https://me:secret@example.com/';
    }),
    /^clips\[0\]\.url: .*user name or password/,
  ],
  [
    'a link without a scheme',
    clip0((c) => {
      c.url = 'example.com/page';
    }),
    /^clips\[0\]\.url: This is not a complete web address/,
  ],
  [
    'a space in the host',
    clip0((c) => {
      c.url = 'https://exa mple.com/';
    }),
    /^clips\[0\]\.url: This is not a complete web address/,
  ],
  [
    'a 20,000-character link',
    clip0((c) => {
      c.url = `https://example.com/?q=${'a'.repeat(20_000)}`;
    }),
    /^clips\[0\]\.url: Too big: expected string to have <=16384 characters/,
  ],
  [
    'a 3 MB comment',
    clip0((c) => {
      c.comment = 'x'.repeat(3_000_000);
    }),
    /^clips\[0\]\.comment: Too big/,
  ],
  [
    'a title of the wrong type',
    clip0((c) => {
      c.pageTitle = 42;
    }),
    /^clips\[0\]\.pageTitle: Invalid input: expected string, received number/,
  ],
  [
    'a fractional position',
    clip0((c) => {
      c.order = 1.5;
    }),
    /^clips\[0\]\.order: Invalid input: expected int/,
  ],
  [
    'a missing creation time',
    clip0((c) => {
      delete c.createdAt;
    }),
    /^clips\[0\]\.createdAt: missing \(expected string\)$/,
  ],
  [
    'a bad trash time',
    clip0((c) => {
      c.deletedAt = 'soon';
    }),
    /^clips\[0\]\.deletedAt: Invalid ISO datetime/,
  ],
  [
    'duplicate clip ids',
    variant((f) => {
      f.clips.push({ ...makeClip({ id: 'clip-1', url: 'https://other.example/' }) });
    }),
    /^duplicate clip id "clip-1"$/,
  ],
  [
    'duplicate category ids',
    variant((f) => {
      f.categories.push({ id: 'tools', emoji: '', name: 'Again', order: 9 });
    }),
    /^duplicate category id "tools"$/,
  ],
  [
    'a clip in a missing category',
    clip0((c) => {
      c.categoryId = 'gone';
    }),
    /^clips\[0\]\.categoryId: no category "gone" in the file$/,
  ],
  [
    'a clip of a missing issue',
    clip0((c) => {
      c.issueId = 'gone';
    }),
    /^clips\[0\]\.issueId: no issue "gone" in the file$/,
  ],
  [
    'a category id that is a prototype member',
    variant((f) => {
      (f.categories[0] as Record<string, unknown>).id = 'constructor';
    }),
    /^categories\[0\]\.id: this id is a reserved name/,
  ],
  [
    'section text under a prototype member',
    variant((f) => {
      (f.issues[0] as Record<string, unknown>).sectionText = { toString: 'x' };
    }),
    /^issues\[0\]\.sectionText\.toString: bad key, this id is a reserved name/,
  ],
  [
    'a setting named like a prototype member',
    variant((f) => {
      f.settings = { hasOwnProperty: 'x' };
    }),
    /^settings\.hasOwnProperty: not a setting name/,
  ],
  [
    'an unknown preset in the settings',
    variant((f) => {
      f.settings = { preset: 'fancy' };
    }),
    /^settings\.preset: Invalid option/,
  ],
  [
    'an impossible issue date',
    variant((f) => {
      (f.issues[0] as Record<string, unknown>).date = '2024-13-45';
    }),
    /^issues\[0\]\.date: /,
  ],
  [
    'an id with a control character',
    clip0((c) => {
      c.id = 'clip\u0000one';
    }),
    /^clips\[0\]\.id: ids may not contain control characters/,
  ],
  [
    'two drafts for one page',
    variant((f) => {
      const draft = { url: 'https://a.example/', comment: '', updatedAt: '2024-03-01T10:00:00Z' };
      f.drafts = [draft, { ...draft }];
    }),
    /^duplicate draft url "https:\/\/a\.example\/"$/,
  ],
];

describe('a malformed backup is refused with its message and the database unchanged', () => {
  it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));

  for (const [what, text, message] of CASES) {
    for (const mode of ['replace', 'merge'] as const) {
      it(`${what} (${mode})`, async () => {
        const db = freshDb();
        await seed(db);
        const before = await snapshot(db.dbName);
        const result = await importBackupText(text, mode, db);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error).toMatch(message);
        expect(result.error).not.toContain('\n');
        expect(await snapshot(db.dbName)).toEqual(before);
      });
    }
  }

  it('accepts the unmodified file, so each case fails for its own edit', async () => {
    const db = freshDb();
    expect(
      (
        await importBackupText(
          variant(() => {}),
          'replace',
          db,
        )
      ).ok,
    ).toBe(true);
  });
});
