import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../../src/core/backup';
import { BUILTIN_STYLE_NAMES } from '../../../src/core/markdown/style/builtin';
import { renderIssue } from '../../../src/core/markdown/write/render';
import type { Clip, IssueDocument } from '../../../src/core/model';
import { neutralHiddenMarkdown } from '../../../src/core/text/hidden-markdown';
import { exportBackup, restoreBackup } from '../../../src/storage/backup/backup';
import { loadIssueDocument, saveIssueDocument } from '../../../src/storage/issues/documents';
import { DEFAULTS, makeIssue } from '../helpers/backup-data';
import { freshDb } from './fresh-db';

// Text as pages and editors produce it, hostile and odd included: any code unit (lone
// surrogates too), newlines, control characters, bidi marks, markup.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    'a\nb',
    '\u0000\u0007\u001b[31m',
    '\u202Eevil\u202C',
    '\ud800x\udfff',
    '</a><script>',
    '',
  ),
);
const url = fc.oneof(
  fc.constant(''),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom('https://例え.jp/記事?q=テスト', `https://example.com/?q=${'x'.repeat(10_000)}`),
);

const clipArb = fc.record(
  {
    id: fc.uuid(),
    url,
    pageTitle: anyText,
    description: anyText,
    heading: anyText,
    comment: anyText,
    categoryId: fc.constantFrom(...DEFAULTS.map((c) => c.id)),
    order: fc.integer({ min: -1000, max: 1000 }),
    clippedBy: anyText,
    lead: anyText,
  },
  {
    requiredKeys: [
      'id',
      'url',
      'pageTitle',
      'description',
      'heading',
      'comment',
      'categoryId',
      'order',
    ],
  },
);

async function saveExportImport(doc: IssueDocument): Promise<IssueDocument | undefined> {
  const source = freshDb();
  await saveIssueDocument(doc, source);
  const text = serializeBackup(await exportBackup(source));
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const target = freshDb();
  await restoreBackup(parsed.value, target);
  return loadIssueDocument(doc.issue.id, target);
}

describe('any clip survives save -> export -> import -> render', () => {
  it('comes back equal and renders identically in every built-in style', async () => {
    await fc.assert(
      fc.asyncProperty(clipArb, async (fields) => {
        const clip: Clip = {
          ...fields,
          issueId: 'issue-1',
          createdAt: '2024-03-01T10:00:00.000Z',
          updatedAt: '2024-03-01T10:00:00.000Z',
        };
        const doc = {
          issue: makeIssue({ id: 'issue-1' }),
          categories: [...DEFAULTS],
          clips: [clip],
        };
        const back = await saveExportImport(doc);
        // A file is outside this profile: a clip's hidden lead comes back neutralised
        // (core/text/hidden-markdown.ts), every other field as it was.
        const expected: Clip =
          clip.lead === undefined ? clip : { ...clip, lead: neutralHiddenMarkdown(clip.lead) };
        expect(back?.clips).toEqual([expected]);
        if (!back) return;
        const kept = { ...doc, clips: [expected] };
        for (const style of BUILTIN_STYLE_NAMES) {
          expect(renderIssue(back, style)).toBe(renderIssue(kept, style));
        }
      }),
      { numRuns: 150 },
    );
    // Eight styles per run on a shared machine: the time limit only keeps a hang from lasting.
  }, 60_000);
});
