import type { BackupFile } from '../../../src/core/backup/schema';
import type { Category, Clip, Issue, IssueDocument } from '../../../src/core/model';

/** Small hand-made data for backup and merge tests; every field written out. */

export const T0 = '2024-03-01T10:00:00.000Z';

export const DEFAULTS: Category[] = [
  { id: 'new-features', emoji: '✨', name: 'New Features', order: 0 },
  { id: 'notable-articles', emoji: '👀', name: 'Notable Articles', order: 1 },
  { id: 'tools', emoji: '\u{1F6E0}\uFE0F', name: 'Tools, Frameworks, Libraries', order: 2 },
];

export function makeIssue(overrides: Partial<Issue> & Pick<Issue, 'id'>): Issue {
  return {
    title: 'Weekly digest ({date})',
    number: null,
    date: '2024-03-01',
    header: '',
    intro: '',
    afterwordHeading: 'Afterword',
    afterword: '',
    style: 'embedly-link',
    status: 'draft',
    sectionText: {},
    categoryOrder: DEFAULTS.map((c) => c.id),
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeClip(overrides: Partial<Clip> & Pick<Clip, 'id'>): Clip {
  return {
    url: `https://example.com/${overrides.id}`,
    pageTitle: 'A page',
    description: '',
    heading: '',
    comment: '',
    categoryId: 'notable-articles',
    issueId: 'issue-1',
    order: 0,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeDoc(clips: Clip[], issue: Partial<Issue> = {}): IssueDocument {
  return { issue: makeIssue({ id: 'issue-1', ...issue }), categories: [...DEFAULTS], clips };
}

export function makeBackup(overrides: Partial<BackupFile> = {}): BackupFile {
  return {
    format: 'digest-clipper',
    version: 2,
    kind: 'backup',
    exportedAt: T0,
    categories: [...DEFAULTS],
    issues: [makeIssue({ id: 'issue-1' })],
    clips: [makeClip({ id: 'clip-1' })],
    ...overrides,
  };
}
