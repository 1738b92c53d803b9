import { describe, expect, it } from 'vitest';
import { adoptImport } from '../../../../src/core/issue/adopt';
import { importIssue } from '../../../../src/core/markdown/read/import';
import { clipSum } from '../../../../src/core/markdown/template/values';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import { counterIds } from '../../../../src/core/model';
import { applyClipEdit, conflictingFields } from '../../../../src/core/model/clip-edit';
import { DEFAULT_CATEGORIES } from '../../../../src/storage/digests/defaults';
import { makeIssue } from '../../helpers/backup-data';
import { readFixture } from '../../helpers/golden';
import { clip } from '../../storage/fresh-db';

describe('adopting an imported issue into the workspace', () => {
  const sample = readFixture('sample-issue.md');
  const imported = importIssue(sample, { id: counterIds('imp') });
  const draft = { ...imported.issue, id: 'draft-1', createdAt: '2020-01-01T00:00:00.000Z' };
  const workspace = DEFAULT_CATEGORIES.map((c) => ({ ...c, emoji: c.emoji.replace('\uFE0F', '') }));

  it('keeps two sections of one label apart, so the issue is written back as it was read', () => {
    // Shaped as a Neco issue with a section heading written twice.
    const twice = [
      '# Weekly (2024-05-03)',
      '',
      '## ✨ New Features',
      '',
      '### Alpha',
      '',
      '<a class="embedly-card" data-card-controls="0" href="https://example.com/a">A</a>',
      '',
      '## 👀 Notable Articles',
      '',
      '### Beta',
      '',
      '<a class="embedly-card" data-card-controls="0" href="https://example.com/b">B</a>',
      '',
      '## ✨ New Features',
      '',
      '### Gamma',
      '',
      '<a class="embedly-card" data-card-controls="0" href="https://example.com/c">C</a>',
      '',
    ].join('\n');
    const read = importIssue(twice, { id: counterIds('dup') });
    const doc = adoptImport(read, {
      issue: { ...read.issue, id: 'draft-1' },
      categories: workspace,
    });
    expect(new Set(doc.issue.categoryOrder).size).toBe(doc.issue.categoryOrder.length);
    expect(doc.issue.layout).toBeDefined();
    expect(renderIssue(doc)).toBe(twice);
  });

  it('files sections under workspace categories with the same label and adds the rest', () => {
    const doc = adoptImport(imported, { issue: draft, categories: workspace });
    const byName = (name: string) => doc.categories.filter((c) => c.name === name);
    expect(byName('New Features').map((c) => c.id)).toEqual(['new-features']);
    expect(byName('About this digest')).toHaveLength(1);
    expect(byName('About this digest')[0]?.order).toBe(3);
    expect(doc.issue.id).toBe('draft-1');
    expect(doc.issue.createdAt).toBe('2020-01-01T00:00:00.000Z');
    expect(doc.clips.every((c) => c.issueId === 'draft-1')).toBe(true);
    expect(doc.issue.categoryOrder.slice(1)).toEqual(['new-features', 'notable-articles']);
  });

  it('renders the same Markdown as the import it came from', () => {
    const doc = adoptImport(imported, { issue: draft, categories: workspace });
    expect(renderIssue(doc)).toBe(sample);
  });
});

describe('clip edits', () => {
  const imported = clip({
    id: 'a',
    heading: 'Old',
  });
  const withSource = {
    ...imported,
    source: {
      style: 'embedly-link',
      text: '## Old, as written by hand\n',
      sum: clipSum(imported),
      shape: 0,
    },
  };
  const docOf = (c: typeof imported) => ({
    issue: makeIssue({ id: c.issueId, categoryOrder: [c.categoryId], style: 'embedly-link' }),
    categories: [{ id: c.categoryId, emoji: '', name: 'Section', order: 0 }],
    clips: [c],
  });

  it('writes the imported text while the clip is unchanged, and the edit in the house style once a field changes', () => {
    expect(renderIssue(docOf(applyClipEdit(withSource, { heading: 'Old' })))).toContain(
      '## Old, as written by hand\n',
    );
    for (const patch of [
      { heading: 'New' },
      { comment: 'more' },
      { url: 'https://example.com/other' },
    ]) {
      const out = renderIssue(docOf(applyClipEdit(withSource, patch)));
      expect(out).not.toContain('## Old, as written by hand\n');
      expect(out).toContain(Object.values(patch)[0]);
    }
  });

  it('reports a conflict only for fields someone else changed to another value', () => {
    const stored = { ...imported, heading: 'Theirs', comment: 'c', updatedAt: 'later' };
    const base = { updatedAt: imported.updatedAt, values: { heading: 'Old', comment: '' } };
    expect(conflictingFields(stored, base, { heading: 'Mine' })).toEqual(['heading']);
    expect(conflictingFields(stored, base, { heading: 'Theirs' })).toEqual([]);
    expect(
      conflictingFields(
        stored,
        { ...base, values: { pageTitle: 'A page' } },
        { pageTitle: 'Mine' },
      ),
    ).toEqual([]);
    expect(
      conflictingFields({ ...stored, updatedAt: imported.updatedAt }, base, { heading: 'Mine' }),
    ).toEqual([]);
  });
});
