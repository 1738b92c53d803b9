import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipSchema, issueSchema } from '../../../../src/core/backup/schema';
import { importIssue } from '../../../../src/core/markdown';
import type { Clip, Issue } from '../../../../src/core/model';
import {
  CLIP_LIMITS,
  clipTooLong,
  documentTooLong,
  ISSUE_LIMITS,
  issueTooLong,
} from '../../../../src/core/model/fits';
import { MAX_LINE, MAX_LONG_TEXT, MAX_SHORT } from '../../../../src/core/model/limits';
import { makeClip, makeIssue } from '../../helpers/backup-data';

/** A length at a limit, one past it, or well inside it. */
const near = (max: number) => fc.constantFrom(0, 1, max - 1, max, max + 1);
const text = (length: number) => 'x'.repeat(length);

const ITEM = [
  '### Alpha',
  '',
  '<a class="embedly-card" href="https://example.com/a">Alpha</a>',
  '',
  'About Alpha.',
  '',
].join('\n');

describe('the limits every door keeps', () => {
  it('a clip fits exactly when the backup format takes its fields', () => {
    const fields = ['heading', 'pageTitle', 'description', 'comment', 'lead'] as const;
    const limit = (f: (typeof fields)[number]) => (f === 'lead' ? MAX_LONG_TEXT : CLIP_LIMITS[f]);
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.integer({ min: 0, max: 4 }), (field, pick) => {
        const length = [0, 1, limit(field) - 1, limit(field), limit(field) + 1][pick] ?? 0;
        const clip: Clip = makeClip({ id: 'c1', [field]: text(length) });
        const fits = clipTooLong(clip) === null;
        expect(fits, `${field} ${length}`).toBe(clipSchema.safeParse(clip).success);
      }),
      { numRuns: 60 },
    );
  });

  it('an issue, its layout included, fits exactly when the backup format takes it', () => {
    const spanField = fc.constantFrom(
      ['frame', 'text', MAX_LONG_TEXT],
      ['frame', 'date', MAX_SHORT],
      ['section', 'line', MAX_LINE],
      ['section', 'body', MAX_LONG_TEXT],
      ['text', 'text', MAX_LONG_TEXT],
      ['afterword', 'heading', MAX_LINE],
      ['afterword', 'afterword', MAX_LONG_TEXT],
    );
    const issueField = fc.constantFrom(
      ...(Object.keys(ISSUE_LIMITS) as (keyof typeof ISSUE_LIMITS)[]),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          issueField.chain((f) => near(ISSUE_LIMITS[f]).map((n) => ({ issue: { [f]: text(n) } }))),
          near(MAX_LONG_TEXT).map((n) => ({ issue: { sectionText: { tools: text(n) } } })),
          spanField.chain(([kind, f, max]) =>
            near(max as number).map((n) => ({ span: [kind as string, f as string, n] as const })),
          ),
        ),
        (change) => {
          const base = makeIssue({ id: 'i1' });
          const issue: Issue =
            'issue' in change
              ? { ...base, ...change.issue }
              : {
                  ...base,
                  layout: { style: 'embedly-link', eol: '\n', spans: [span(...change.span)] },
                };
          const fits = issueTooLong(issue) === null;
          expect(fits, JSON.stringify(change).slice(0, 80)).toBe(
            issueSchema.safeParse(issue).success,
          );
        },
      ),
      { numRuns: 80 },
    );
  });

  it('names a 10,001-character heading', () => {
    expect(clipTooLong(makeClip({ id: 'c', heading: text(10_001) }))).toMatchObject({
      field: 'heading',
      length: 10_001,
      max: 10_000,
    });
  });

  it('names the intro of an imported issue that holds a 2.1 MB data-URI image', () => {
    const image = `![chart](data:image/png;base64,${'A'.repeat(2_100_000)})`;
    const doc = importIssue(`# Weekly (2024-05-03)\n\n${image}\n\n## ✨ New Features\n\n${ITEM}`);
    expect(documentTooLong(doc)).toMatchObject({ field: 'intro', max: MAX_LONG_TEXT });
  }, 60_000);

  it('names the part of an imported issue that holds a 10 MB line', () => {
    const line = 'x'.repeat(10_000_000);
    const doc = importIssue(`# Weekly (2024-05-03)\n\n## ✨ New Features\n\n${ITEM}\n${line}\n`);
    expect(documentTooLong(doc)).toMatchObject({ length: expect.any(Number), max: MAX_LONG_TEXT });
    expect((documentTooLong(doc)?.length ?? 0) > 10_000_000 - 1).toBe(true);
    // Reading 10 MB takes seconds on a busy machine.
  }, 60_000);
});

/** One span of a kind with one field of `length` characters, the rest empty. */
function span(kind: string, field: string, length: number) {
  const value = text(length);
  const values = { title: '', number: null, date: '', header: '', intro: '' };
  switch (kind) {
    case 'frame':
      return field === 'date'
        ? { kind: 'frame' as const, text: '', values: { ...values, date: value } }
        : { kind: 'frame' as const, text: value, values };
    case 'section':
      return {
        kind: 'section' as const,
        categoryId: 'tools',
        line: field === 'line' ? value : '',
        gap: '',
        label: '',
        body: field === 'body' ? value : '',
        sectionText: '',
      };
    case 'afterword':
      return {
        kind: 'afterword' as const,
        text: '',
        heading: field === 'heading' ? value : '',
        afterword: field === 'afterword' ? value : '',
      };
    default:
      return { kind: 'text' as const, text: value };
  }
}
